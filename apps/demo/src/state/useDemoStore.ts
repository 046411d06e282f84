import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { AdapterCall, CallOutcome } from '../backend/adapterCall'
import type { ChatMessage } from '../data/chatModel'

export type Theme = 'light' | 'dark'
export type Locale = 'en' | 'zh'
/** What a phone shows: one pane at a time. Wider screens show them all. */
export type PhoneView = 'conversations' | 'chat' | 'profile' | 'calls'
/** The tab of the side panel on wide screens. */
export type InspectorTab = 'profile' | 'calls'

/** A change simulated from another device, announced in a toast. */
export interface RemoteChangeNotice {
  /** Increases with every change, so the same person changing twice still re-announces. */
  id: number
  before: string
  after: string
}

/** The most calls the log keeps; the count goes on. */
const LOG_LIMIT = 200

export interface DemoState {
  theme: Theme
  locale: Locale
  latencyMs: number
  /** 0–100. */
  failurePercent: number
  /** Calls started since the page loaded (the log keeps the latest {@link LOG_LIMIT}). */
  callCount: number
  /** User IDs asked for since the page loaded. */
  idsRequested: number
  /** Calls that failed since the page loaded. */
  failureCount: number
  calls: readonly AdapterCall[]
  conversationID: string
  /** The sender whose card is open in the dialog. */
  openProfileID: string | null
  phoneView: PhoneView
  inspectorTab: InspectorTab
  /** Messages I sent with the composer, by conversation. */
  sent: Readonly<Record<string, readonly ChatMessage[]>>
  notice: RemoteChangeNotice | null
  /** The kit's persisted profile cache (`PersistProfiles`) is on; kept across reloads. */
  persistProfiles: boolean

  toggleTheme(): void
  setLocale(locale: Locale): void
  setLatency(latencyMs: number): void
  setFailurePercent(percent: number): void
  /** Adds a call to the log; returns its id for {@link DemoState.endCall}. */
  startCall(call: Pick<AdapterCall, 'method' | 'ids' | 'fields'>): number
  endCall(id: number, outcome: Exclude<CallOutcome, 'pending'>): void
  clearCalls(): void
  openConversation(conversationID: string): void
  openProfile(userID: string): void
  closeProfile(): void
  showPhoneView(view: PhoneView): void
  showInspectorTab(tab: InspectorTab): void
  send(conversationID: string, message: ChatMessage): void
  announce(change: Omit<RemoteChangeNotice, 'id'>): void
  dismissNotice(): void
  setPersistProfiles(on: boolean): void
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}

/**
 * The demo page's state: theme, language, the backend's latency and failure rate, the call log,
 * the open dialog, what a phone shows. Theme and language survive reloads.
 *
 * @example
 * ```ts
 * const theme = useDemoStore((state) => state.theme)
 * useDemoStore.getState().setLatency(1500)
 * ```
 */
export const useDemoStore = create<DemoState>()(
  persist(
    (set, get) => ({
      theme: prefersDark() ? 'dark' : 'light',
      locale: 'en',
      latencyMs: 300,
      failurePercent: 0,
      callCount: 0,
      idsRequested: 0,
      failureCount: 0,
      calls: [],
      conversationID: 'general',
      openProfileID: null,
      phoneView: 'chat',
      inspectorTab: 'profile',
      sent: {},
      notice: null,
      persistProfiles: false,

      toggleTheme: () => set({ theme: get().theme === 'dark' ? 'light' : 'dark' }),
      setLocale: (locale) => set({ locale }),
      setLatency: (latencyMs) => set({ latencyMs }),
      setFailurePercent: (failurePercent) => set({ failurePercent }),
      startCall: (call) => {
        const id = get().callCount + 1
        const entry: AdapterCall = {
          ...call,
          id,
          startedAt: performance.now(),
          durationMs: null,
          outcome: 'pending',
        }
        set({
          callCount: id,
          idsRequested: get().idsRequested + (call.ids ?? 0),
          calls: [...get().calls, entry].slice(-LOG_LIMIT),
        })
        return id
      },
      endCall: (id, outcome) =>
        set({
          failureCount: get().failureCount + (outcome === 'ok' ? 0 : 1),
          calls: get().calls.map((call) =>
            call.id === id ? { ...call, outcome, durationMs: performance.now() - call.startedAt } : call,
          ),
        }),
      clearCalls: () => set({ calls: [] }),
      openConversation: (conversationID) => set({ conversationID, phoneView: 'chat' }),
      openProfile: (openProfileID) => set({ openProfileID }),
      closeProfile: () => set({ openProfileID: null }),
      showPhoneView: (phoneView) =>
        set(
          phoneView === 'profile' || phoneView === 'calls'
            ? { phoneView, inspectorTab: phoneView }
            : { phoneView },
        ),
      showInspectorTab: (inspectorTab) => set({ inspectorTab }),
      send: (conversationID, message) =>
        set({ sent: { ...get().sent, [conversationID]: [...(get().sent[conversationID] ?? []), message] } }),
      announce: (change) => set({ notice: { ...change, id: (get().notice?.id ?? 0) + 1 } }),
      dismissNotice: () => set({ notice: null }),
      setPersistProfiles: (persistProfiles) => set({ persistProfiles }),
    }),
    {
      name: 'profile-kit-demo',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        theme: state.theme,
        locale: state.locale,
        persistProfiles: state.persistProfiles,
      }),
    },
  ),
)
