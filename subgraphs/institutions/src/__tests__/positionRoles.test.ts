import { positionRole, positionRoleLabel, positionRoles, type PositionRole } from '../positions/positionRoles';
import { institutionsSeed } from '../seed/data';

describe('positionRole: the role a title names, in any language', () => {
  it.each<[string, PositionRole]>([
    ['Rector', 'RECTOR'],
    ['Rektor', 'RECTOR'],
    ['AzTU-nun rektoru', 'RECTOR'],
    ['Rektör', 'RECTOR'],
    ['Vice-Rector for Research', 'VICE_RECTOR'],
    ['First Vice-Rector', 'VICE_RECTOR'],
    ['Rektorun birinci müavini', 'VICE_RECTOR'],
    ['Direktor', 'DIRECTOR'],
    ['Plant Director', 'DIRECTOR'],
    ['Generaldirektor', 'DIRECTOR'],
    ['Direktor müavini', 'DEPUTY_DIRECTOR'],
    ['Stellvertretender Direktor', 'DEPUTY_DIRECTOR'],
    ['Geschäftsführer', 'MANAGING_DIRECTOR'],
    ['Managing Director', 'MANAGING_DIRECTOR'],
    ['Chairman of the Board', 'CHAIR'],
    ['İdarə Heyətinin sədri', 'CHAIR'],
    ['Chairman and CEO', 'CHAIR'],
    ['Deputy Chairman', 'DEPUTY_CHAIR'],
    ['İdarə Heyəti sədrinin müavini', 'DEPUTY_CHAIR'],
    ['Vorstandsvorsitzender', 'CHIEF_EXECUTIVE'],
    ['Chief Executive Officer', 'CHIEF_EXECUTIVE'],
    ['Secretary General of the Caucasus Center', 'SECRETARY_GENERAL'],
    ['Generalsekretärin', 'SECRETARY_GENERAL'],
    ['Baş katib', 'SECRETARY_GENERAL'],
    ['Senior Advisor to the President', 'ADVISOR'],
    ['Department Head', 'HEAD'],
    ['Abteilungsleiter', 'HEAD'],
    ['Leitung des Arbeitskreises', 'HEAD'],
    ['Representative in China', 'REPRESENTATIVE'],
    ['Stellvertreter', 'OTHER'],
    ['Chief Technology Officer', 'OTHER'],
  ])('%s is %s', (title, role) => {
    expect(positionRole(title)).toBe(role);
  });

  it('gives each role back for its own name in English, German and Azerbaijani', () => {
    for (const [role, { labels }] of Object.entries(positionRoles)) {
      if (role === 'OTHER') continue;
      for (const label of Object.values(labels)) expect([label, positionRole(label)]).toEqual([label, role]);
    }
  });

  it('names a role in the first language it has, else in English', () => {
    expect(positionRoleLabel('RECTOR', ['de'])).toBe('Rektor');
    expect(positionRoleLabel('SECRETARY_GENERAL', ['zh', 'az', 'de'])).toBe('Baş katib');
    expect(positionRoleLabel('MANAGING_DIRECTOR', ['fr'])).toBe('Managing Director');
    expect(positionRoleLabel('MANAGING_DIRECTOR', [])).toBe('Managing Director');
  });

  it('finds a role for every seeded title', () => {
    const other = institutionsSeed.positions.filter((p) => positionRole(p.title) === 'OTHER').map((p) => p.title);
    expect(other).toEqual([]);
  });
});
