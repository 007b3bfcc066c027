import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Where uploaded files (contracts, later request attachments) keep their bytes. The database holds
 * the metadata and the key; the store holds only bytes under that key.
 *
 * Keys are chosen by the API, never by clients: lower-case segments of [a-z0-9_-] joined by "/"
 * (e.g. `contracts/<order id>/<uuid>`), so every implementation can map them one to one —
 * to a path on disk here, or to an object key of an S3-compatible bucket (implement this interface
 * with `PutObject` / `GetObject` / `DeleteObject` and pass it as `ServiceSettings.fileStore`).
 */
export interface FileStore {
  /** Writes the whole file under `key`, replacing nothing: callers use fresh keys. Resolves once durable. */
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** The file's bytes; rejects with FileNotFound when there is none. */
  get(key: string): Promise<{ stream: Readable; size: number }>;
  /** Removes the file; succeeds when it is already gone. */
  delete(key: string): Promise<void>;
}

export class FileNotFound extends Error {
  constructor(key: string) {
    super(`no stored file under ${key}`);
    this.name = "FileNotFound";
  }
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

export function assertFileKey(key: string): void {
  if (!KEY.test(key) || key.length > 200) throw new Error(`invalid file key: ${JSON.stringify(key)}`);
}

/**
 * The default store: files on the local disk under one root directory (CRM_FILES_DIR, else
 * `<CRM_DATA_DIR>/files`). A write goes to a temporary file first and is renamed into place, so a
 * reader never sees half a file and a failed upload leaves nothing under its key.
 */
export class LocalDiskFileStore implements FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertFileKey(key);
    const path = resolve(this.root, ...key.split("/"));
    // The key pattern already rules out "..", this keeps the promise explicit.
    if (!path.startsWith(this.root + sep)) throw new Error(`file key escapes the store: ${key}`);
    return path;
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.upload-${randomUUID()}`);
    try {
      if (Buffer.isBuffer(data)) await writeFile(temporary, data, { flag: "wx", flush: true });
      else await pipeline(data, createWriteStream(temporary, { flags: "wx", flush: true }));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<{ stream: Readable; size: number }> {
    const path = this.pathOf(key);
    const info = await stat(path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new FileNotFound(key);
      throw error;
    });
    return { stream: createReadStream(path), size: info.size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
