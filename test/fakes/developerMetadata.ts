/** Developer metadata on a sheet or on the spreadsheet: key, value, visibility, remove. */
import { countCalls, type CallLog } from './callLog';
import { DeveloperMetadataVisibility } from './enums';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Where a metadata item lives: the list that holds it, and what getLocation() reports. */
export interface MetadataOwner {
  readonly calls: CallLog;
  readonly metadata: FakeDeveloperMetadata[];
  location(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
}

const METADATA_API = ['getId', 'getKey', 'getLocation', 'getValue', 'getVisibility', 'remove', 'setKey', 'setValue', 'setVisibility'] as const;

let nextId = 1;

export class FakeDeveloperMetadata implements Pick<Metadata, (typeof METADATA_API)[number]> {
  readonly id = nextId++;

  constructor(
    readonly owner: MetadataOwner,
    public key: string,
    public value: string | null,
    public visibility: Visibility = DeveloperMetadataVisibility.DOCUMENT,
  ) {}

  get calls(): CallLog {
    return this.owner.calls;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.key;
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this.owner.location();
  }

  getValue(): string | null {
    return this.value;
  }

  getVisibility(): Visibility {
    return this.visibility;
  }

  remove(): void {
    const list = this.owner.metadata;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }

  setKey(key: string): Metadata {
    this.key = key;
    return this as unknown as Metadata;
  }

  setValue(value: string): Metadata {
    this.value = value;
    return this as unknown as Metadata;
  }

  setVisibility(visibility: Visibility): Metadata {
    this.visibility = visibility;
    return this as unknown as Metadata;
  }
}

/** The arguments of addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(owner: MetadataOwner, key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): void {
  const isValue = typeof valueOrVisibility === 'string';
  owner.metadata.push(
    new FakeDeveloperMetadata(
      owner,
      key,
      isValue ? (valueOrVisibility as string) : null,
      (isValue ? visibility : (valueOrVisibility as Visibility | undefined)) ?? DeveloperMetadataVisibility.DOCUMENT,
    ),
  );
}

countCalls(FakeDeveloperMetadata, 'DeveloperMetadata', METADATA_API, 'spreadsheet');

const FINDER_API = ['find', 'withKey', 'withValue', 'withLocationType', 'withId', 'withVisibility'] as const;

/** createDeveloperMetadataFinder(): filters over every metadata item of the spreadsheet and its sheets. */
export class FakeDeveloperMetadataFinder implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, (typeof FINDER_API)[number]> {
  private readonly filters: ((m: FakeDeveloperMetadata) => boolean)[] = [];

  constructor(
    readonly calls: CallLog,
    private readonly all: () => FakeDeveloperMetadata[],
  ) {}

  private self(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  find(): Metadata[] {
    return this.all().filter((m) => this.filters.every((f) => f(m))) as unknown as Metadata[];
  }

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return this.self();
  }

  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return this.self();
  }

  withLocationType(type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => String(m.owner.location().getLocationType()) === String(type));
    return this.self();
  }

  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return this.self();
  }

  withVisibility(visibility: Visibility): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.visibility === visibility);
    return this.self();
  }
}

// Building the query is local; find() is the round trip.
countCalls(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder', ['find'], 'spreadsheet');
countCalls(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder', ['withKey', 'withValue', 'withLocationType', 'withId', 'withVisibility'], 'builders');
