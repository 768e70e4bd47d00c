import { planItem, redactedItem } from '../testing/plan-item-fixture';
import { redactionNotices } from '../utils/redactions';

describe('the lines that say information exists without showing it', () => {
  it('makes one line per organisation and subject, counting the items behind it', () => {
    const notices = redactionNotices([
      redactedItem('a', 'LOG_ENTRY', 'GGZ Midden-Nederland', ['Esther de Graaf']),
      planItem({ id: 'readable' }),
      redactedItem('b', 'LOG_ENTRY', 'GGZ Midden-Nederland', ['Esther de Graaf']),
      redactedItem('c', 'LOG_ENTRY', 'Wijkteam Utrecht Centrum', ['Esther de Graaf']),
      redactedItem('d', 'LOG_ENTRY', 'GGZ Midden-Nederland', ['Esther de Graaf']),
    ]);
    expect(notices.map(({ organisationName, aboutNames, count }) => [organisationName, aboutNames, count])).toEqual([
      ['GGZ Midden-Nederland', ['Esther de Graaf'], 3],
      ['Wijkteam Utrecht Centrum', ['Esther de Graaf'], 1],
    ]);
    expect(notices[0].contactName).toBe('Sanne Jansen');
  });

  it('sees the same people in another order as the same subject', () => {
    const notices = redactionNotices([
      redactedItem('a', 'GOAL', 'GGZ', ['Lars Meijer', 'Esther de Graaf']),
      redactedItem('b', 'GOAL', 'GGZ', ['Esther de Graaf', 'Lars Meijer']),
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0].aboutNames).toEqual(['Esther de Graaf', 'Lars Meijer']);
  });

  it('says nothing when everything is readable', () => {
    expect(redactionNotices([planItem({ id: 'a' })])).toEqual([]);
  });
});
