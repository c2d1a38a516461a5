/**
 * LockService with Apps Script's semantics for one document: getDocumentLock() gives the
 * calling execution its own Lock; tryLock(ms) succeeds at once when no other execution holds the
 * document lock, else (the fakes are synchronous, so nobody can release it while we wait) it
 * waits out its timeout and returns false; waitLock(ms) throws "Lock timeout: another process was
 * holding the lock for too long." in that case; releaseLock() of a lock not held does nothing;
 * a lock is released when its execution ends (the dispatcher's finally, or `endExecution`).
 * getDocumentLock() returns null when there is no document (a standalone script), as Apps Script does.
 */
import { countCalls, type CallLog } from './callLog';

type Lock = GoogleAppsScript.Lock.Lock;

const LOCK_API = ['hasLock', 'releaseLock', 'tryLock', 'waitLock'] as const;
const SERVICE_API = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const;

export class FakeLock implements Pick<Lock, (typeof LOCK_API)[number]> {
  constructor(
    readonly calls: CallLog,
    private readonly scope: LockScope,
  ) {}

  hasLock(): boolean {
    return this.scope.holder === this;
  }

  releaseLock(): void {
    if (this.scope.holder === this) this.scope.holder = null;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  private acquire(timeoutInMillis: number): boolean {
    if (!(timeoutInMillis >= 0)) throw new Error('Invalid argument: timeoutInMillis');
    if (this.scope.holder === null || this.scope.holder === this) {
      this.scope.holder = this;
      this.scope.acquisitions++;
      return true;
    }
    this.scope.waitedMs += timeoutInMillis;
    return false;
  }
}

/** One lock (document, script or user): who holds it, and how often it was taken or waited for. */
export class LockScope {
  holder: FakeLock | null = null;
  acquisitions = 0;
  waitedMs = 0;
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, (typeof SERVICE_API)[number]> {
  readonly document = new LockScope();
  readonly script = new LockScope();
  readonly user = new LockScope();

  constructor(readonly calls: CallLog) {}

  getDocumentLock(): Lock {
    return new FakeLock(this.calls, this.document) as unknown as Lock;
  }

  getScriptLock(): Lock {
    return new FakeLock(this.calls, this.script) as unknown as Lock;
  }

  getUserLock(): Lock {
    return new FakeLock(this.calls, this.user) as unknown as Lock;
  }

  /** The execution ended: Apps Script releases the locks it still held (test helper, not counted). */
  endExecution(): void {
    this.document.holder = null;
    this.script.holder = null;
    this.user.holder = null;
  }
}

countCalls(FakeLock, 'Lock', LOCK_API, 'spreadsheet');
countCalls(FakeLockService, 'LockService', SERVICE_API, 'spreadsheet');
