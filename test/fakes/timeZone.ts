/**
 * How Sheets stores a date: as a wall-clock time of the spreadsheet's time zone. A Date written
 * by a script is turned into that wall clock; a date cell read by a script comes back as the
 * instant of its wall clock in the spreadsheet's zone. Inside the fakes (and their formula
 * engine) a cell's wall clock is kept as a Date whose LOCAL fields are that wall clock.
 */
function fieldsIn(instant: Date, tz: string): number[] {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(instant).filter((x) => x.type !== 'literal').map((x) => [x.type, Number(x.value)]));
  return [p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second];
}

/** A script's Date → the cell's wall clock (as local fields). */
export function cellWallClock(instant: Date, tz: string): Date {
  const [y, mo, d, h, mi, s] = fieldsIn(instant, tz);
  return new Date(y, mo, d, h, mi, s, instant.getUTCMilliseconds());
}

/** A cell's wall clock (as local fields) → the instant a script reads. */
export function cellInstant(wall: Date, tz: string): Date {
  const target = Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds(), wall.getMilliseconds());
  let t = target;
  for (let i = 0; i < 3; i++) {
    const [y, mo, d, h, mi, s] = fieldsIn(new Date(t), tz);
    t += target - Date.UTC(y, mo, d, h, mi, s, wall.getMilliseconds());
  }
  return new Date(t);
}
