import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { eventsModule } from './module';

void runSubgraph(eventsModule, loadConfig());
