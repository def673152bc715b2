import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { partnersGovernanceModule } from './module';

void runSubgraph(partnersGovernanceModule, loadConfig());
