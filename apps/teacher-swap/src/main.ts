import './telemetry';
import 'reflect-metadata';
import { runSubgraph } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { teacherSwapModule } from './module';

void runSubgraph(teacherSwapModule, loadConfig());
