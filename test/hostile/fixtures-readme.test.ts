import { expectReadmeListsEveryFixture } from '../support/hostile-feed-suite.js';

describe('hostile fixtures', () => {
  it('has a README row for every fixture in the table, and a table row for every README row', expectReadmeListsEveryFixture);
});
