import { Mail } from '../mail/mail.service';

export interface MatchParty {
  email: string;
  professionalName: string;
  organisationName: string;
  contactPhone: string;
  domainLabel: string;
  registeredAt: Date;
}

const date = (value: Date) => value.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' });

/**
 * Tells a professional who else signalled the same young person. The young
 * person is named by initials and date of birth only: e-mail leaves the
 * platform, so it carries no more than recognising the match needs.
 */
export function matchMail(to: MatchParty, others: readonly MatchParty[], youngPerson: string): Mail {
  const lines = others.map(
    (o) => `- ${o.professionalName}, ${o.organisationName}, tel. ${o.contactPhone}, ${o.email} (${o.domainLabel}, sinds ${date(o.registeredAt)})`,
  );
  return {
    to: to.email,
    subject: 'Gezinsplan: er is een match voor een jongere die u heeft gesignaleerd',
    text: [
      `Beste ${to.professionalName},`,
      '',
      `Voor ${youngPerson} zijn nu ook deze professionals betrokken:`,
      ...lines,
      '',
      'Neem contact met elkaar op en bespreek of een gezinsplan met één regisseur nodig is.',
      'In Gezinsplan ziet u de match onder "Signalen".',
    ].join('\n'),
  };
}
