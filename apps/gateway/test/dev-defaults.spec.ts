import { DEV_INTERNAL_TOKEN_SECRET as SUBGRAPH_DEV_SECRET } from '@ekst/subgraph-kit';
import { DEV_INTERNAL_TOKEN_SECRET } from '../src/config';

// The gateway does not import subgraph-kit at runtime (it would drag TypeORM and Kafka in), so
// this guards the one value both must share for `npm start` to work without configuration.
it("the gateway's development internal-token secret is the subgraphs' one", () => {
  expect(DEV_INTERNAL_TOKEN_SECRET).toBe(SUBGRAPH_DEV_SECRET);
});
