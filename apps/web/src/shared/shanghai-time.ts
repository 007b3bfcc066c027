import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

const SHANGHAI = "Asia/Shanghai";
const WALL_CLOCK = "YYYY-MM-DDTHH:mm:ss";

/**
 * Date-time pickers show and take business time (北京时间) whatever the browser's own zone:
 * a picker value is a plain wall clock, read and written here as Asia/Shanghai.
 */
export function toShanghaiPickerValue(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const at = dayjs(iso);
  return at.isValid() ? dayjs(at.tz(SHANGHAI).format(WALL_CLOCK)) : null;
}

/** A picker's wall clock, taken as Asia/Shanghai time, as an ISO instant. */
export function fromShanghaiPickerValue(value: Dayjs): string {
  return dayjs.tz(value.format(WALL_CLOCK), SHANGHAI).toISOString();
}
