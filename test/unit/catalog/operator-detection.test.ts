import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPrefixFile, loadPrefixTable, normalisePhone, parsePrefixTable, readPhone } from '../../../electron/core/catalog';
import { AppError } from '../../../electron/core/errors/app-error';

const table = loadPrefixTable();

describe('normalisePhone', () => {
  it.each([
    ['081234567890', '081234567890'],
    ['0812-3456-7890', '081234567890'],
    ['0812 3456 7890', '081234567890'],
    ['+62 812 3456 7890', '081234567890'],
    ['+62-812-3456-7890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['62 0812 3456 7890', '081234567890'],
    ['81234567890', '081234567890'],
    ['(0812) 3456.7890', '081234567890'],
    ['  0895 1234 5678  ', '089512345678'],
    ['0811234567', '0811234567'],
    ['0812345678901', '0812345678901'],
  ])('%s -> %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ['', /wajib diisi/],
    ['   ', /wajib diisi/],
    ['0812abc4567', /hanya boleh berisi angka/],
    ['0812_3456_7890', /hanya boleh berisi angka/],
    ['+0812345678', /hanya boleh berisi angka/],
    ['+1 415 555 0100', /hanya boleh berisi angka/],
    ['081234567', /terlalu pendek \(9 digit\)/],
    ['08123456789012', /terlalu panjang \(14 digit\)/],
    ['021 5551234', /bukan nomor HP/],
    ['12345678901', /bukan nomor HP/],
  ])('refuses %j', (input, message) => {
    let caught: unknown;
    try {
      normalisePhone(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('invalid_input');
    expect((caught as AppError).message).toMatch(message);
  });

  it('reads the first keystrokes of a number as too short, not as a wrong number', () => {
    for (const partial of ['0', '6', '62', '+62', '08', '0812']) {
      expect(readPhone(partial)).toMatchObject({ ok: false, problem: 'too_short' });
    }
  });
});

describe('operator prefix table (resources/operator-prefixes.json)', () => {
  it.each([
    ['0811', 'telkomsel'], ['0812', 'telkomsel'], ['0813', 'telkomsel'], ['0821', 'telkomsel'], ['0822', 'telkomsel'],
    ['0823', 'telkomsel'], ['0851', 'telkomsel'], ['0852', 'telkomsel'], ['0853', 'telkomsel'],
    ['0814', 'indosat'], ['0815', 'indosat'], ['0816', 'indosat'], ['0855', 'indosat'], ['0856', 'indosat'], ['0857', 'indosat'], ['0858', 'indosat'],
    ['0895', 'tri'], ['0896', 'tri'], ['0897', 'tri'], ['0898', 'tri'], ['0899', 'tri'],
    ['0817', 'xl'], ['0818', 'xl'], ['0819', 'xl'], ['0859', 'xl'], ['0877', 'xl'], ['0878', 'xl'],
    ['0831', 'axis'], ['0832', 'axis'], ['0833', 'axis'], ['0838', 'axis'],
    ['0881', 'smartfren'], ['0882', 'smartfren'], ['0883', 'smartfren'], ['0884', 'smartfren'], ['0885', 'smartfren'],
    ['0886', 'smartfren'], ['0887', 'smartfren'], ['0888', 'smartfren'], ['0889', 'smartfren'],
  ])('%s is %s', (prefix, operator) => {
    expect(table.lookup(`${prefix}12345678`)?.id).toBe(operator);
  });

  it.each(['0810', '0820', '0850', '0854', '0860', '0879', '0890', '0834', '0880', '021'])('%s is no operator', (prefix) => {
    expect(table.lookup(`${prefix}1234567`)).toBeNull();
  });

  it('sells by.U products to Telkomsel numbers (by.U runs on 0851)', () => {
    expect(table.productOperators('telkomsel')).toEqual(['telkomsel', 'by.u']);
    expect(table.productOperators('xl')).toEqual(['xl']);
  });

  it('lets a longer prefix refine a shorter one', () => {
    const t = parsePrefixTable({
      version: 1,
      operators: [
        { id: 'telkomsel', name: 'Telkomsel', prefixes: ['0851'] },
        { id: 'by.u', name: 'by.U', prefixes: ['085154'] },
      ],
    });
    expect(t.lookup('085154001122')?.id).toBe('by.u');
    expect(t.lookup('085199001122')?.id).toBe('telkomsel');
  });

  it('refuses a table that lists one prefix twice or a malformed prefix', () => {
    const twice = { version: 1, operators: [{ id: 'a', name: 'A', prefixes: ['0811'] }, { id: 'b', name: 'B', prefixes: ['0811'] }] };
    expect(() => parsePrefixTable(twice)).toThrow(/0811 tercantum untuk a dan b/);
    expect(() => parsePrefixTable({ version: 1, operators: [{ id: 'a', name: 'A', prefixes: ['811'] }] })).toThrow();
  });

  it('fails clearly, naming the file, when the table is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-prefix-'));
    expect(() => loadPrefixTable(join(dir, 'nope.json'))).toThrow(/Tabel prefiks operator .*nope\.json tidak bisa dibaca/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "operators": [');
    expect(() => loadPrefixTable(join(dir, 'bad.json'))).toThrow(/bad\.json tidak bisa dibaca/);
    writeFileSync(join(dir, 'empty.json'), '{"version": 1, "operators": []}');
    expect(() => loadPrefixTable(join(dir, 'empty.json'))).toThrow(/operators/);
  });

  it('finds the shipped table from the code location by default', () => {
    expect(defaultPrefixFile()).toMatch(/resources[/\\]operator-prefixes\.json$/);
  });
});
