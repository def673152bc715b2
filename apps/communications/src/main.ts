import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { communicationsModule } from './module';

void runSubgraph(communicationsModule, loadConfig());
