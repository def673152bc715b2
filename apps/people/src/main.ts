import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { peopleModule } from './module';

void runSubgraph(peopleModule, loadConfig());
