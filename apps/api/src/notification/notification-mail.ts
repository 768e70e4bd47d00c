import { Mail } from '../mail/mail.service';

/**
 * A notification e-mail: only that something happened (or how many things),
 * and a link. A mail can be read by others, so it carries no family, name or
 * content; the count of a digest is no case content.
 */
export function notificationMail(publicUrl: string, to: { email: string; displayName: string }, digestCount?: number): Mail {
  const what =
    digestCount === undefined
      ? 'Er is iets nieuws voor u in Gezinsplan. Log in om te zien wat er is gebeurd:'
      : `Er ${digestCount === 1 ? 'is 1 nieuwe melding' : `zijn ${digestCount} nieuwe meldingen`} voor u in Gezinsplan. Log in om ze te zien:`;
  return {
    to: to.email,
    subject: digestCount === undefined ? 'Er is iets nieuws voor u in Gezinsplan' : 'Uw meldingen van vandaag in Gezinsplan',
    text: [
      `Beste ${to.displayName},`,
      '',
      what,
      `${publicUrl}/meldingen`,
      '',
      'Wilt u deze e-mails niet meer, of op een ander moment? Dat stelt u in bij Meldingen in Gezinsplan.',
    ].join('\n'),
  };
}
