import { escalationRecipients, LinePerson } from './reporting-line';

const person = (code: string, role: LinePerson['role'], reportsTo: string | null, over: Partial<LinePerson> = {}): LinePerson => ({
  code,
  role,
  status: 'active',
  reportsTo,
  delegate: null,
  ...over,
});

const line = (...people: LinePerson[]) => new Map(people.map((p) => [p.code, p]));

describe('escalationRecipients: escalations reach people, not role inboxes (C-6, A-7)', () => {
  const staff = line(person('AG-001', 'agent', 'SUP-001'), person('SUP-001', 'supervisor', 'MGR-001'), person('MGR-001', 'manager', 'GM-001'), person('GM-001', 'gm_office', null));

  it("C-6: a supervisor step reaches the owner's own supervisor, one level up", () => {
    expect(escalationRecipients('AG-001', 'supervisor', staff)).toEqual({ recipients: ['SUP-001'], named: true });
  });

  it("C-5: a manager step reaches the supervisor's manager, a gm_office step the top of the line", () => {
    expect(escalationRecipients('AG-001', 'manager', staff)).toEqual({ recipients: ['MGR-001'], named: true });
    expect(escalationRecipients('AG-001', 'gm_office', staff)).toEqual({ recipients: ['GM-001'], named: true });
  });

  it('A-7: an absent supervisor is told together with their delegate', () => {
    const away = new Map(staff).set('SUP-001', person('SUP-001', 'supervisor', 'MGR-001', { status: 'absent', delegate: 'SUP-002' })).set('SUP-002', person('SUP-002', 'supervisor', 'MGR-001'));
    expect(escalationRecipients('AG-001', 'supervisor', away)).toEqual({ recipients: ['SUP-001', 'SUP-002'], named: true });
  });

  it('A-7: an absent supervisor without a delegate: the role inbox is told as well', () => {
    const away = new Map(staff).set('SUP-001', person('SUP-001', 'supervisor', 'MGR-001', { status: 'absent' }));
    expect(escalationRecipients('AG-001', 'supervisor', away)).toEqual({ recipients: ['SUP-001', 'supervisor'], named: true });
  });

  it('falls back to the role inbox when nobody is named: no owner, no line, a departed supervisor, a loop', () => {
    const inbox = { recipients: ['supervisor'], named: false };
    expect(escalationRecipients(null, 'supervisor', staff)).toEqual(inbox);
    expect(escalationRecipients('AG-404', 'supervisor', staff)).toEqual(inbox);
    expect(escalationRecipients('AG-002', 'supervisor', line(person('AG-002', 'agent', null)))).toEqual(inbox);
    expect(escalationRecipients('AG-001', 'supervisor', new Map(staff).set('SUP-001', person('SUP-001', 'supervisor', 'MGR-001', { status: 'departed' })))).toEqual(inbox);
    expect(escalationRecipients('AG-001', 'manager', line(person('AG-001', 'agent', 'AG-003'), person('AG-003', 'agent', 'AG-001')))).toEqual({ recipients: ['manager'], named: false });
  });
});
