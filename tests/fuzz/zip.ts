// A minimal zip writer for the fuzz and hostile-file tests: thousands of small archives a second,
// which JSZip's generator does not give, and bombs whose parts inflate to gigabytes without ever
// being deflated whole (entries given already compressed, with the sizes they claim).
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** the bytes as stored in the archive */
  data: Buffer;
  /** 0 stored, 8 deflated */
  method: 0 | 8;
  crc: number;
  /** the size the part claims unpacked */
  size: number;
}

/** Parts stored, or deflated with `deflate` when given. */
export function storedZip(parts: Map<string, Buffer>, deflate?: (b: Buffer) => Buffer): Buffer {
  return zipEntries([...parts].map(([name, content]) => ({ name, data: deflate ? deflate(content) : content, method: deflate ? 8 : 0, crc: crc32(content), size: content.length })));
}

export function zipEntries(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const fileName = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(e.method, 10);
    entry.writeUInt32LE(e.crc >>> 0, 16);
    entry.writeUInt32LE(e.data.length, 20);
    entry.writeUInt32LE(e.size, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, fileName, e.data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
