/**
 * PropertiesService with three stores (document, script, user). Values are strings; Apps
 * Script's limits are enforced: 9 KB per value ("Argument too large: value") and 500 KB per
 * store.
 */
import { countCalls, type CallLog } from './callLog';

type Properties = GoogleAppsScript.Properties.Properties;

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const PROPERTIES_API = ['deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty', 'setProperties', 'setProperty'] as const;
const SERVICE_API = ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'] as const;

const bytes = (s: string) => new TextEncoder().encode(s).length;

export class FakeProperties implements Pick<Properties, (typeof PROPERTIES_API)[number]> {
  readonly store = new Map<string, string>();

  constructor(readonly calls: CallLog) {}

  private self(): Properties {
    return this as unknown as Properties;
  }

  /** Checks and stores a batch: nothing is written when one value is too large. */
  private put(entries: [string, unknown][], deleteAllOthers: boolean): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of entries) {
      const value = String(v);
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      next.set(String(k), value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this.self();
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this.self();
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    this.put(Object.entries(properties), deleteAllOthers);
    return this.self();
  }

  setProperty(key: string, value: string): Properties {
    this.put([[key, value]], false);
    return this.self();
  }
}

export class FakePropertiesService implements Pick<GoogleAppsScript.Properties.PropertiesService, (typeof SERVICE_API)[number]> {
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;

  constructor(readonly calls: CallLog) {
    this.document = new FakeProperties(calls);
    this.script = new FakeProperties(calls);
    this.user = new FakeProperties(calls);
  }

  getDocumentProperties(): Properties {
    return this.document as unknown as Properties;
  }

  getScriptProperties(): Properties {
    return this.script as unknown as Properties;
  }

  getUserProperties(): Properties {
    return this.user as unknown as Properties;
  }
}

countCalls(FakeProperties, 'Properties', PROPERTIES_API, 'properties');
countCalls(FakePropertiesService, 'PropertiesService', SERVICE_API, 'properties');
