#!/usr/bin/env node
import '../../bin/kg.js';
