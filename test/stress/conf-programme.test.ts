import { describeGeneratedHostileFeeds } from '../support/hostile-generated-suite.js';

describeGeneratedHostileFeeds('conf-programme');
