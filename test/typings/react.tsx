/**
 * React 19 with the generated JSX types (staedtepartner-widgets/types/react) and the React
 * components (staedtepartner-widgets/react): props, `feed` and events type-check, and mistakes
 * (an unknown view, a detail field an event does not have) do not.
 */
import type {} from 'staedtepartner-widgets/types/react';
import type { FeedDocument } from 'staedtepartner-widgets/feed.js';
import { ConfProgramme, PartnershipMap } from 'staedtepartner-widgets/react';
import { useRef } from 'react';

declare const feed: FeedDocument;

export function PlainTags() {
  const programme = useRef<HTMLElementTagNameMap['conf-programme']>(null);
  return (
    <>
      <conf-programme
        ref={programme}
        feed={feed}
        view="grid"
        heading-level={3}
        className="programme"
        onday-select={(event) => event.detail.day.toUpperCase()}
        onfeed-ready={(event) => event.detail.warnings.map((warning) => warning.path)}
        onfeed-error={(event) => event.detail.failure.kind}
      />
      <jubilee-list src="/feed.json" year={2021} step={5} />
      <partnership-map feed={feed} oncity-select={(event) => event.detail.city.id} />
      {/* @ts-expect-error the view is list or grid */}
      <conf-programme view="table" />
      {/* @ts-expect-error day-select's detail has no city */}
      <conf-programme onday-select={(event) => event.detail.city} />
      {/* @ts-expect-error a feed is an object, not a number */}
      <conf-history feed={42} />
    </>
  );
}

export function Components() {
  return (
    <>
      <ConfProgramme feed={feed} view="list" onDaySelect={(event) => event.detail.day} onFeedError={(event) => event.detail.failure.kind} />
      <PartnershipMap feed={feed} onCitySelect={(event) => event.detail.partnerships.length} onPartnershipSelect={(event) => event.detail.cities[0].id} />
      {/* @ts-expect-error favourite-change's detail has no day */}
      <ConfProgramme onFavouriteChange={(event) => event.detail.day} />
    </>
  );
}
