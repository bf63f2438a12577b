import type { ReportModel } from '../../core/index.ts';
import { ReportPrinter, chromiumPath, reportDocumentHtml, reportDocx } from '../../report/index.ts';
import { HeavyError, sharedPool, type HeavyPool } from '../heavy/index.ts';
import { reportFileName } from './file-name.ts';

/** The report's three outputs. */
export const REPORT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/** A rendered report: its bytes and its file name. */
export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/** How the server renders reports; every field has a default. */
export interface ReportServiceOptions {
  /** Reports rendered at once (pages in the one browser); default 2. */
  readonly concurrency?: number;
  /** Reports waiting beyond those; past it: 503 with Retry-After. Default 8. */
  readonly queue?: number;
  /** Wall time per report (ms), waiting included; past it: 503. Default 60 000. */
  readonly budgetMs?: number;
  /** Rendered reports kept (by data version and parameters); default 32. */
  readonly cacheEntries?: number;
  /** The browser is closed after this long without a report (ms); default 60 000. */
  readonly idleMs?: number;
  readonly executablePath?: string;
  /** The worker pool that draws the HTML and DOCX off the request thread; default shared. */
  readonly pool?: HeavyPool;
}

/** Draws a model as HTML (UTF-8) or DOCX: here, or in a heavy worker (the server's). */
export type DrawReport = (model: ReportModel, format: 'html' | 'docx') => Promise<Uint8Array>;

/** Draws in this thread (the CLI: nothing else waits on it). */
export const drawHere: DrawReport = async (model, format) =>
  format === 'docx' ? reportDocx(model) : new TextEncoder().encode(reportDocumentHtml(model));

/** One output of one model; a PDF is the HTML printed by `printer`. */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  printer: () => Promise<ReportPrinter>,
  draw: DrawReport = drawHere,
): Promise<RenderedReport> {
  const fileName = reportFileName(model, format);
  if (format !== 'pdf') return { bytes: await draw(model, format), fileName };
  const html = new TextDecoder().decode(await draw(model, 'html'));
  const bytes = await (await printer()).print(html, { title: model.title, lang: model.lang });
  return { bytes, fileName };
}

/**
 * Renders reports for the HTTP API: one browser shared by all (launched on the first PDF,
 * closed when idle), at most `concurrency` renders at once and `queue` waiting (503 past it),
 * a time budget per report (503), single flight (two requests for the same key render once),
 * and the last `cacheEntries` answers kept. The key must hold everything the bytes depend on:
 * the data version, the parameters, the language, the draft's version and the format.
 */
export class ReportService {
  readonly #options: Required<Omit<ReportServiceOptions, 'executablePath' | 'pool'>> & {
    readonly executablePath: string;
  };
  readonly #pool: () => HeavyPool;
  readonly #inFlight = new Map<string, Promise<RenderedReport>>();
  readonly #cache = new Map<string, RenderedReport>();
  readonly #waiting: (() => void)[] = [];
  #active = 0;
  #renders = 0;
  #printer: Promise<ReportPrinter> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ReportServiceOptions = {}) {
    this.#options = {
      concurrency: options.concurrency ?? 2,
      queue: options.queue ?? 8,
      budgetMs: options.budgetMs ?? 60_000,
      cacheEntries: options.cacheEntries ?? 32,
      idleMs: options.idleMs ?? 60_000,
      executablePath: options.executablePath ?? chromiumPath(process.env),
    };
    const pool = options.pool;
    this.#pool = () => pool ?? sharedPool();
  }

  /** The bytes for `key`: from the cache, from a render in flight, or rendered now. */
  async render(
    key: string,
    format: ReportFormat,
    model: () => Promise<ReportModel>,
  ): Promise<RenderedReport> {
    const hit = this.#cache.get(key);
    if (hit) {
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return hit;
    }
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const work = this.#run(format, model).then((bytes) => {
      this.#keep(key, bytes);
      return bytes;
    });
    const job = this.#withinBudget(work);
    this.#inFlight.set(key, job);
    try {
      return await job;
    } finally {
      this.#inFlight.delete(key);
    }
  }

  /** How many renders run and wait now, and how many were started in all (tests, health). */
  get load(): { readonly active: number; readonly waiting: number; readonly renders: number } {
    return { active: this.#active, waiting: this.#waiting.length, renders: this.#renders };
  }

  async close(): Promise<void> {
    if (this.#idle) clearTimeout(this.#idle);
    const printer = this.#printer;
    this.#printer = undefined;
    if (printer) await (await printer.catch(() => undefined))?.close();
  }

  async #run(format: ReportFormat, model: () => Promise<ReportModel>): Promise<RenderedReport> {
    await this.#slot();
    this.#renders += 1;
    try {
      const budgetMs = this.#options.budgetMs;
      return await renderReport(
        await model(),
        format,
        () => this.#browser(),
        (m, f) => this.#pool().run({ kind: 'report', model: m, format: f }, { budgetMs }),
      );
    } finally {
      this.#release();
    }
  }

  #browser(): Promise<ReportPrinter> {
    if (this.#idle) clearTimeout(this.#idle);
    if (this.#printer) return this.#printer;
    const launched = ReportPrinter.launch({
      executablePath: this.#options.executablePath,
      concurrency: this.#options.concurrency,
    });
    this.#printer = launched;
    // A failed launch is not kept: the next report tries again.
    launched.catch(() => {
      if (this.#printer === launched) this.#printer = undefined;
    });
    return launched;
  }

  async #slot(): Promise<void> {
    if (this.#active < this.#options.concurrency) {
      this.#active += 1;
      return;
    }
    if (this.#waiting.length >= this.#options.queue)
      throw new HeavyError(
        503,
        'Der laves allerede mange rapporter; prøv igen om et øjeblik.',
        'Many reports are being made already; try again in a moment.',
        { retryAfter: 10 },
      );
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else {
      this.#active -= 1;
      if (this.#active === 0) {
        if (this.#idle) clearTimeout(this.#idle);
        this.#idle = setTimeout(() => void this.close(), this.#options.idleMs);
        this.#idle.unref();
      }
    }
  }

  async #withinBudget(work: Promise<RenderedReport>): Promise<RenderedReport> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new HeavyError(
              503,
              `Rapporten blev ikke færdig inden for ${Math.round(this.#options.budgetMs / 1000)} sekunder; prøv igen om lidt.`,
              `The report was not done within ${Math.round(this.#options.budgetMs / 1000)} seconds; try again shortly.`,
              { retryAfter: 30 },
            ),
          ),
        this.#options.budgetMs,
      );
    });
    // The render may still finish after the budget; its result is then only cached.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, budget]);
    } finally {
      clearTimeout(timer);
    }
  }

  #keep(key: string, bytes: RenderedReport): void {
    this.#cache.set(key, bytes);
    while (this.#cache.size > this.#options.cacheEntries) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }
}
