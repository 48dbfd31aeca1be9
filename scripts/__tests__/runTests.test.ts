import { mergeReports, MEASURING_SUITES, parseArguments } from '../runTests';
import fs from 'node:fs';
import path from 'node:path';

describe('pnpm test runs the measuring suites alone, after the rest', () => {
  it('names measuring suites that exist', () => {
    for (const suite of MEASURING_SUITES) expect(fs.existsSync(path.join(__dirname, '..', '..', suite))).toBe(true);
  });

  it('tells jest options, their values, test paths and the report file apart', () => {
    expect(parseArguments(['--json', '--outputFile=/tmp/r.json', '-t', 'heap cap', 'gateway/x.test.ts'])).toEqual({
      options: ['--json', '-t', 'heap cap'],
      paths: ['gateway/x.test.ts'],
      outputFile: '/tmp/r.json',
    });
    expect(parseArguments(['--outputFile', 'r.json', '--maxWorkers', '1'])).toEqual({
      options: ['--maxWorkers', '1'],
      paths: [],
      outputFile: 'r.json',
    });
  });

  it('adds both runs up into one report, failed when either failed', () => {
    const suites = { success: true, numPassedTests: 10, numFailedTests: 0, numTotalTestSuites: 3, testResults: ['a'] };
    const measuring = {
      success: false,
      numPassedTests: 0,
      numFailedTests: 1,
      numTotalTestSuites: 1,
      testResults: ['b'],
    };
    expect(mergeReports(suites, measuring)).toEqual({
      success: false,
      numPassedTests: 10,
      numFailedTests: 1,
      numTotalTestSuites: 4,
      testResults: ['a', 'b'],
    });
  });
});
