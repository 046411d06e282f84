import type { NimFakeServer } from './createNimFakeServer'

/** One file the fake NOS stored. */
export interface NosObject {
  /** The `x-nos-token` header the SDK sent. */
  token: string
  bucket: string
  objectName: string
  contentType: string | undefined
  bytes: Uint8Array
}

/** NetEase's object storage (NOS), faked at the SDK's HTTP boundary. */
export interface NimFakeNos {
  /** Files stored, in order. */
  readonly objects: readonly NosObject[]
  /** `getNosToken` commands the SDK sent. */
  readonly tokenRequests: readonly Record<string, unknown>[]
  /** Holds every upload after its first progress report until `release()`. */
  hold(): void
  /** Lets held uploads finish. */
  release(): void
  /** Every upload POST answers with this HTTP status until `restore()`. */
  failUploads(status: number): void
  /** Puts the globals `XMLHttpRequest` and `FileReader` and `nim.sendCmd` back. */
  restore(): void
}

const BUCKET = 'nim-fake-bucket'
const GLOBALS = ['XMLHttpRequest', 'FileReader'] as const

function define(name: (typeof GLOBALS)[number], value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
}

/** What the SDK uses of a browser's `FileReader`: `readAsArrayBuffer`, then `load` and `loadend`. */
class NodeFileReader extends EventTarget {
  result: ArrayBuffer | null = null
  error: unknown = null
  onloadend: ((event: Event) => void) | null = null

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer
        this.finish('load')
      },
      (error: unknown) => {
        this.error = error
        this.finish('error')
      },
    )
  }

  private finish(type: 'load' | 'error'): void {
    this.dispatchEvent(new Event(type))
    const end = new Event('loadend')
    this.dispatchEvent(end)
    this.onloadend?.(end)
  }
}

/**
 * Fakes NOS behind a fake server's real SDK instance: answers the `getNosToken` command over
 * `nim.sendCmd`, and replaces the global `XMLHttpRequest` (Node has none) with one that takes
 * the SDK's chunk upload (`POST {host}/{bucket}/{object}?offset=0&complete=true…` with
 * `x-nos-token`), reports upload progress and answers as NOS does. Everything between those two
 * points (tasks, scenes, MD5, progress math, cancel, the URL the SDK builds) is the SDK's own code.
 * Node has no `FileReader`, which the SDK reads files with: a minimal one over `Blob.arrayBuffer()`
 * stands in while installed.
 */
export function installNimFakeNos(server: NimFakeServer): NimFakeNos {
  const nim = server.nim as unknown as { sendCmd(cmd: string, params?: object): Promise<unknown> }
  const sendCmd = nim.sendCmd
  const saved = new Map(GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]))
  const objects: NosObject[] = []
  const tokenRequests: Record<string, unknown>[] = []
  const held: Array<() => void> = []
  let holding = false
  let failStatus: number | undefined
  let issued = 0

  nim.sendCmd = async (cmd, params = {}) => {
    if (cmd !== 'getNosToken') return sendCmd.call(nim, cmd, params)
    await sendCmd.call(nim, 'getNosToken', params) // logged in? recorded like every command
    tokenRequests.push(params as Record<string, unknown>)
    const id = ++issued
    return {
      content: { nosToken: { token: `token-${id}`, bucket: BUCKET, objectName: `avatars/${id}.jpg` } },
    }
  }

  class FakeXMLHttpRequest {
    readyState = 0
    status = 0
    statusText = ''
    responseText = ''
    timeout = 0
    upload: { onprogress: ((event: object) => void) | null } = { onprogress: null }
    onreadystatechange: (() => void) | null = null
    ontimeout: (() => void) | null = null
    private method = ''
    private url = ''
    private headers: Record<string, string> = {}

    open(method: string, url: string) {
      this.method = method.toUpperCase()
      this.url = url
      this.readyState = 1
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    }
    abort() {
      this.readyState = 0
    }
    send(body?: Blob | ArrayBuffer | null) {
      void this.answer(body)
    }

    private async answer(body: Blob | ArrayBuffer | null | undefined) {
      const bytes = new Uint8Array(
        body instanceof Blob ? await body.arrayBuffer() : (body ?? new ArrayBuffer(0)),
      )
      const url = new URL(this.url)
      if (this.method !== 'POST' || url.searchParams.get('complete') !== 'true') {
        return this.respond(400, { errMsg: `fake NOS takes one-chunk POSTs, got ${this.method} ${this.url}` })
      }
      this.upload.onprogress?.({
        lengthComputable: true,
        loaded: Math.floor(bytes.length / 2),
        total: bytes.length,
      })
      if (holding) await new Promise<void>((resolve) => held.push(resolve))
      if (failStatus !== undefined) return this.respond(failStatus, { errMsg: 'fake NOS failure' })
      this.upload.onprogress?.({ lengthComputable: true, loaded: bytes.length, total: bytes.length })
      const [, bucket = '', ...object] = url.pathname.split('/')
      objects.push({
        token: this.headers['x-nos-token'] ?? '',
        bucket,
        objectName: decodeURIComponent(object.join('/')),
        contentType: this.headers['content-type'],
        bytes,
      })
      this.respond(200, { context: `ctx-${objects.length}`, offset: bytes.length })
    }

    private respond(status: number, json: object) {
      this.status = status
      this.responseText = JSON.stringify(json)
      this.readyState = 4
      this.onreadystatechange?.()
    }
  }
  define('XMLHttpRequest', FakeXMLHttpRequest)
  define('FileReader', NodeFileReader)

  return {
    objects,
    tokenRequests,
    hold: () => void (holding = true),
    release() {
      holding = false
      held.splice(0).forEach((resolve) => resolve())
    },
    failUploads: (status) => void (failStatus = status),
    restore() {
      nim.sendCmd = sendCmd
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor)
        else Reflect.deleteProperty(globalThis, name)
      }
    },
  }
}
