import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAll, SAMPLES } from '../test-helpers.js';
import { tenantAdapter } from './index.js';

const text = readFileSync(path.join(SAMPLES, 'tenant-05158.json'), 'utf8');

describe('the tenant adapter', () => {
  it('reads the Kreis Mettmann tenant with its three ABH and one EBB', async () => {
    const { records } = await readAll(tenantAdapter, 'tenant-05158.json');
    expect(records[0]!.tenant.authorities.map((a) => a.id)).toEqual(['ABH-05158', 'ABH-05158032', 'ABH-05158028', 'EBB-05158']);
  });

  it('rejects a tenant whose municipality key is not an AGS, naming the JSON path', async () => {
    const { records, rejections } = await readAll(tenantAdapter, 't.json', text.replace('"05158032"\n      ]', '"5158032"\n      ]'));
    expect(records).toEqual([]);
    expect(rejections[0]).toMatchObject({ field: '/authorities/1/responsibleFor/0', code: 'KIM_ERR_RECORD_INVALID' });
  });

  it('refuses a file that is not JSON', async () => {
    await expect(readAll(tenantAdapter, 't.json', '{"tenant": ')).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
  });
});
