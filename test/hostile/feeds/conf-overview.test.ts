import { describeHostileFeeds } from '../../support/hostile-feed-suite.js';

describeHostileFeeds('conf-overview');
