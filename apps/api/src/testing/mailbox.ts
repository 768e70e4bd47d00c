import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives, for tests that read the mail a person gets. */
export class Mailbox {
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
    readonly received: ReceivedMail[],
  ) {}

  static async start(): Promise<Mailbox> {
    const received: ReceivedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: decodeQuotedPrintable(raw) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    return new Mailbox(server, `smtp://127.0.0.1:${port}`, received);
  }

  /** The mail to one address, waiting for it up to `timeoutMs` (some mail leaves after the answer, or from a queue). */
  async waitFor(to: string, count = 1, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = this.to(to);
      if (mails.length >= count) return mails;
      if (Date.now() > deadline) throw new Error(`Expected ${count} mail(s) to ${to}, got ${mails.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  clear(): void {
    this.received.length = 0;
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Nodemailer folds long lines (links) with quoted-printable soft breaks; tests read the text as a person would. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The token of the newest link in a mail (`…#token=…`). */
export function tokenIn(mail: ReceivedMail): string {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.raw)?.[1];
  if (!token) throw new Error('The mail carries no link with a token');
  return token;
}
