/**
 * The people HR allows to edit Bagalau's protected tabs besides the owner (e-mail addresses),
 * kept as one small document property: at most MAX_ALLOWED addresses, so it stays far below the
 * 9 KB a property value may hold.
 */
import type { DocumentStore } from '../adapters/documentStore';

export const ACCESS_KEY = 'access';
export const MAX_ALLOWED = 40;

export function allowedEditors(store: DocumentStore): string[] {
  const v = store.get<{ editors?: unknown }>(ACCESS_KEY);
  return Array.isArray(v?.editors) ? v!.editors.filter((e): e is string => typeof e === 'string') : [];
}
