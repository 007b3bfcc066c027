import dayjs, { type Dayjs } from "dayjs";
import { shanghaiWallClock, shanghaiWallClockToIso } from "./format";

const WALL_CLOCK = "YYYY-MM-DDTHH:mm:ss";

/**
 * Date-time pickers show and take business time (北京时间) whatever the browser's own zone:
 * a picker value is a plain wall clock, converted by the Asia/Shanghai helpers in format.ts.
 */
export function toShanghaiPickerValue(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : dayjs(shanghaiWallClock(at));
}

/** A picker's wall clock, taken as Asia/Shanghai time, as an ISO instant. */
export function fromShanghaiPickerValue(value: Dayjs): string {
  return shanghaiWallClockToIso(value.format(WALL_CLOCK));
}
