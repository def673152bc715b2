// One partner read model for every service (@ekst/partner-projection); re-exported here so this
// service's use cases keep importing their entities from one place.
export { PartnerProjectionEntity } from '@ekst/partner-projection';
export type { PartnerStatus } from '@ekst/partner-projection';
