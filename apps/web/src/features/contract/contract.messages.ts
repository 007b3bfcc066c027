import type { Messages } from "@/shared/i18n/lang";

const zh = {
  upload: "上传合同",
  limits: (max: number, size: string) =>
    `支持 PDF、JPG、PNG、DOCX，单个文件不超过 ${size}，每个订单最多 ${max} 个文件。`,
  used: (n: number, max: number) => `已上传 ${n} / ${max}`,
  empty: "还没有合同文件",
  loadFailed: "合同文件加载失败",
  uploaded: (name: string) => `「${name}」已上传`,
  uploadFailed: (name: string) => `「${name}」上传失败`,
  tooLarge: (name: string, size: string) => `「${name}」超过 ${size}，不能上传`,
  wrongType: (name: string) => `「${name}」不是 PDF、JPG、PNG 或 DOCX 文件`,
  full: (max: number) => `每个订单最多 ${max} 个合同文件`,
  closed: "订单已关闭或已驳回，不能再上传合同。",
  paidLocked: "订单已扣款，合同文件不能删除。",
  download: "下载",
  delete: "删除",
  deleteConfirm: (name: string) => `确定删除「${name}」？`,
  deleted: (name: string) => `「${name}」已删除`,
  deleteFailed: "删除失败",
  cancel: "取消",
  uploadedBy: (who: string, when: string) => `${who} 上传于 ${when}`,
  someone: "他人",
};

const en: typeof zh = {
  upload: "Upload contract",
  limits: (max: number, size: string) => `PDF, JPG, PNG or DOCX; up to ${size} per file and ${max} files per order.`,
  used: (n: number, max: number) => `${n} of ${max} uploaded`,
  empty: "No contract files yet",
  loadFailed: "Could not load the contract files",
  uploaded: (name: string) => `"${name}" uploaded`,
  uploadFailed: (name: string) => `"${name}" was not uploaded`,
  tooLarge: (name: string, size: string) => `"${name}" is larger than ${size}`,
  wrongType: (name: string) => `"${name}" is not a PDF, JPG, PNG or DOCX file`,
  full: (max: number) => `An order holds at most ${max} contract files`,
  closed: "The order is closed or rejected; no more contracts can be uploaded.",
  paidLocked: "The order is paid; its contract files can no longer be deleted.",
  download: "Download",
  delete: "Delete",
  deleteConfirm: (name: string) => `Delete "${name}"?`,
  deleted: (name: string) => `"${name}" deleted`,
  deleteFailed: "Could not delete it",
  cancel: "Cancel",
  uploadedBy: (who: string, when: string) => `Uploaded by ${who} on ${when}`,
  someone: "someone else",
};

export const contractMessages: Messages<typeof zh> = { zh, en };
