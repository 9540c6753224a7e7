export { PartnershipMap, type CitySelectDetail, type PartnershipSelectDetail } from './partnership-map.js';
export { filterMap, mapModelOf, sortRows, tableRows, yearsLasted, type FilteredMap, type MapFilters, type MapModel, type MapPartnership, type TableRow } from './model.js';
export { matchesSearch, searchKey } from '../shared/search.js';
