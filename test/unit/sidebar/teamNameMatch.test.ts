// "Did you mean": the platform's spelling of a team name the API did not know.
import * as assert from 'node:assert/strict';
import { closestTeamName } from '../../../src/sidebar/model/teamNameMatch';

describe('closestTeamName', () => {
  const platform = ['Sales EMEA', 'Sales APAC', 'Finance', 'Customer Care', 'IT'];

  it('finds the platform name that differs only in separators or case', () => {
    assert.equal(closestTeamName('Sales_EMEA', platform), 'Sales EMEA');
    assert.equal(closestTeamName('sales-emea', platform), 'Sales EMEA');
    assert.equal(closestTeamName('customer  care', platform), 'Customer Care');
  });

  it('finds a name one or two typing errors away', () => {
    assert.equal(closestTeamName('Finnance', platform), 'Finance');
    assert.equal(closestTeamName('Custmer Care', platform), 'Customer Care');
  });

  it('offers nothing when no name is close, when two are equally close, or for very short names', () => {
    assert.equal(closestTeamName('Ghost Team', platform), undefined);
    assert.equal(closestTeamName('Sales EM', ['Sales EMEA', 'Sales EMxA', 'Sales EMEx']), undefined);
    assert.equal(closestTeamName('IX', platform), undefined);
  });
});
