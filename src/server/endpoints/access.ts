/**
 * Who can see the results (001 §15: strictly confidential; §20: known only to the person, the
 * evaluator, the HR head and the calibration participants). The sidebar shows who has access to
 * the document (Spreadsheet.getEditors / getViewers) and warns when anyone besides the owner and
 * the people HR allows can open it; HR keeps the list of people allowed to edit the protected
 * tabs, and can apply real protection (owner + that list, not warning-only) to every tab Bagalau
 * generated. Whether the document is shared by link is read from Drive where the drive.file
 * scope reaches the spreadsheet file (Drive.Files.get, permissions of type anyone / domain);
 * where it does not, the sidebar says to check it in the Share dialog.
 */
import * as z from 'zod/mini';
import { phraseText, phraseTexts } from '../../core/i18n/phrase';
import { PROTECTION_DESCRIPTION, restrictEditors } from '../../adapters/tabWriter';
import { template } from '../../templates/source';
import { ACCESS_KEY, allowedEditors, MAX_ALLOWED } from '../accessList';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';

export interface AccessDto {
  owner: string;
  editors: string[];
  viewers: string[];
  /** Allowed by HR to edit the protected tabs (besides the owner). */
  allowed: string[];
  /** Can open the document but are neither the owner nor allowed: the warning, in the user's language ('' when none). */
  others: string[];
  warning: string;
  /** Link sharing: 'anyone' / 'domain' (a warning), 'restricted', or 'unknown' where Drive cannot tell. */
  link: 'anyone' | 'domain' | 'restricted' | 'unknown';
  /** What to check, or the warning, about link sharing. */
  linkNote: string;
  /** Tabs whose protection names exactly the owner and the allowed (after applyProtection). */
  protectedTabs?: { tab: string; editors: string[] }[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A text of the Access pane, in the sidebar's language (the user's, not the tabs'). */
function say(office: Office, key: string, vars: Record<string, string | number> = {}): string {
  return phraseText(template(office.services.templates, 'feedback360').texts, { key, vars }, office.ctx.lang);
}

function accessOf(office: Office): AccessDto {
  const ss = office.spreadsheet();
  const owner = ss.getOwner()?.getEmail() ?? '';
  const editors = ss.getEditors().map((u) => u.getEmail()).filter((e) => e && e !== owner);
  const viewers = ss.getViewers().map((u) => u.getEmail()).filter((e) => e && e !== owner && !editors.includes(e));
  const allowed = allowedEditors(office.store);
  const allowedSet = new Set(allowed.map((e) => e.toLowerCase()));
  const others = [...editors, ...viewers].filter((e) => !allowedSet.has(e.toLowerCase()));
  const link = linkSharing(office, ss.getId());
  return {
    owner,
    editors,
    viewers,
    allowed,
    others,
    warning: others.length ? say(office, 'access.others', { n: others.length, list: others.join(', ') }) : '',
    link,
    linkNote: say(office, link === 'unknown' ? 'access.link' : `access.link-${link}`),
  };
}

/** Whether anyone with the link (or the whole domain) can open the document, where Drive lets the add-on see it. */
function linkSharing(office: Office, id: string): AccessDto['link'] {
  const get = office.services.drive?.Files.get;
  if (!get) return 'unknown';
  try {
    const perms = get.call(office.services.drive!.Files, id, { fields: 'permissions(type,role)', supportsAllDrives: true }).permissions ?? [];
    if (perms.some((p) => p.type === 'anyone')) return 'anyone';
    if (perms.some((p) => p.type === 'domain')) return 'domain';
    return 'restricted';
  } catch {
    return 'unknown'; // drive.file does not reach the spreadsheet file: say what to check
  }
}

export const accessEndpoints = {
  getAccess: endpoint(z.object({}), (ctx: Context): AccessDto => accessOf(new Office(ctx))),

  /** Saves the people allowed to edit the protected tabs (validated before anything is written). */
  saveAllowedEditors: endpoint(z.object({ editors: z.array(z.string()) }), (ctx: Context, p): AccessDto => {
    const office = new Office(ctx);
    const editors = [...new Set(p.editors.map((e) => e.trim()).filter(Boolean))];
    const bad = editors.find((e) => !EMAIL.test(e));
    const texts = template(office.services.templates, 'feedback360').texts;
    if (bad) throw new UserError(phraseTexts(texts, { key: 'access.bad-email', vars: { value: bad } }), {}, 'editors');
    if (editors.length > MAX_ALLOWED) throw new UserError(phraseTexts(texts, { key: 'access.too-many', vars: { max: MAX_ALLOWED } }), {}, 'editors');
    office.store.set(ACCESS_KEY, { editors });
    return accessOf(office);
  }),

  /** Applies real protection (owner + the allowed, not warning-only) to every tab Bagalau protected. */
  applyProtection: endpoint(z.object({}), (ctx: Context): AccessDto => {
    const office = new Office(ctx);
    const allowed = allowedEditors(office.store);
    const type = ctx.services.spreadsheetApp.ProtectionType.SHEET;
    const protectedTabs: { tab: string; editors: string[] }[] = [];
    for (const sheet of office.spreadsheet().getSheets()) {
      for (const p of sheet.getProtections(type)) {
        if (p.getDescription() !== PROTECTION_DESCRIPTION) continue;
        protectedTabs.push({ tab: sheet.getName(), editors: restrictEditors(p, allowed) });
      }
    }
    return { ...accessOf(office), protectedTabs };
  }),
};
