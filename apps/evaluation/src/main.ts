import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { evaluationModule } from './module';

void runSubgraph(evaluationModule, loadConfig());
