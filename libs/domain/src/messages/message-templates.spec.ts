import { DomainError } from '../errors/domain-error';
import { chooseTemplate, declaredVariables, MESSAGE_CATALOGUE, MESSAGE_TEMPLATE_KEYS, renderTemplate, RULE_ID_PATTERN, templateProblem, variablesUsed, yuanForCustomers } from './message-templates';

const shipped = { key: 'replacement_shipped' as const, subject: '换货已发出', body: '您的换货已由{{courier}}发出，运单号{{waybillNo}}。', variables: declaredVariables('replacement_shipped') };

describe('message templates', () => {
  it('L-4: fills the declared variables: the courier and the waybill number', () => {
    expect(renderTemplate(shipped, { courier: '顺丰速运', waybillNo: 'SF1000000001', returnNo: 'RT-1' })).toEqual({ subject: '换货已发出', body: '您的换货已由顺丰速运发出，运单号SF1000000001。' });
  });

  it('refuses to render a variable the template does not declare, and a declared one not supplied', () => {
    expect(() => renderTemplate({ ...shipped, body: '{{phone}}' }, { phone: '139' })).toThrow(DomainError);
    expect(() => renderTemplate({ ...shipped, body: '{{phone}}' }, { phone: '139' })).toThrow('does not declare');
    expect(() => renderTemplate(shipped, { courier: '顺丰速运' })).toThrow('needs the variable waybillNo');
  });

  it('names the field of a text using an undeclared variable or showing a rule id', () => {
    expect(templateProblem({ subject: 'ok', body: '运单{{waybillNo}}，电话{{phone}}' }, ['waybillNo'])).toEqual({ field: 'body', message: expect.stringContaining('{{phone}}') });
    expect(templateProblem({ subject: '换货 (R-6)', body: 'ok' }, [])).toEqual({ field: 'subject', message: expect.stringContaining('R-6') });
    expect(templateProblem({ subject: 'ok', body: ' ' }, [])).toEqual({ field: 'body', message: 'body must not be empty' });
    expect(templateProblem({ subject: '换货已发出', body: '运单号{{ waybillNo }}' }, ['waybillNo'])).toBeNull();
  });

  it('lists the variables a text uses once each', () => {
    expect(variablesUsed('{{a}} {{b}} {{ a }}')).toEqual(['a', 'b']);
  });

  it('chooses the language asked for, Chinese otherwise', () => {
    const zh = { language: 'zh-CN' as const, id: 'zh' };
    const en = { language: 'en' as const, id: 'en' };
    expect(chooseTemplate([en, zh])).toBe(zh);
    expect(chooseTemplate([en, zh], 'en')).toBe(en);
    expect(chooseTemplate([zh], 'en')).toBe(zh);
  });

  it('has samples for every declared variable, none showing a rule id', () => {
    for (const key of MESSAGE_TEMPLATE_KEYS) {
      for (const sample of Object.values(MESSAGE_CATALOGUE[key].variables)) expect(sample).not.toMatch(RULE_ID_PATTERN);
    }
  });

  it('writes amounts in yuan as customers read them', () => {
    expect(yuanForCustomers(25_900)).toBe('259.00元');
  });
});
