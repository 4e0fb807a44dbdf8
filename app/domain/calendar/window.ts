/**
 * A window of working days that opens at an instant, such as the time an employee has to
 * dispute a published audit: it ends with the Vilnius day that is `days` working days after
 * the opening day (the opening day itself is not counted), so an audit published on Friday
 * with a window of 1 day may be disputed until the end of Monday.
 */
import { addWorkingDays, vilniusDate } from "./working-days";

/** The last Vilnius date of the window. */
export function windowLastDay(openedAt: number, days: number): string {
  return addWorkingDays(vilniusDate(openedAt), days);
}

/** Whether `now` falls on or before the window's last day. */
export function isWithinWindow(openedAt: number, days: number, now: number): boolean {
  return now >= openedAt && vilniusDate(now) <= windowLastDay(openedAt, days);
}
