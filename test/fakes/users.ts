/** Fake users: the spreadsheet's owner and the user running the script. */
export const OWNER_EMAIL = 'owner@example.com';

export function fakeUser(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email };
}

export function emailOf(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}
