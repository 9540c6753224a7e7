import { describeGeneratedHostileFeeds } from '../support/hostile-generated-suite.js';

describeGeneratedHostileFeeds('jubilee-list');
