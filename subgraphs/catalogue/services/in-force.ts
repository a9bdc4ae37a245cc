import { FilterQuery } from '@mikro-orm/core';
import { Authorisation, ServiceItem } from '../entities';

/** Authorisations in force on `day`: granted by then and not yet revoked. */
export const authorisationInForce = (day: string): FilterQuery<Authorisation> => ({
  grantedOn: { $lte: day },
  $or: [{ revokedOn: null }, { revokedOn: { $gt: day } }],
});

/** Items still open for applications on `day`. */
export const itemNotRetired = (day: string): FilterQuery<ServiceItem> => ({
  $or: [{ retiredOn: null }, { retiredOn: { $gt: day } }],
});
