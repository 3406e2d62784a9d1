import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

/** How often whole lines are flushed to disk, so a crash loses at most this much. */
const FSYNC_EVERY_MS = 1000;

/** A record line opens with its source: read just that, not the whole record. */
const SOURCE = /^\{"source":("(?:[^"\\]|\\.)*")/;

/** Bytes read at a time: an archive's record file can hold millions of lines. */
const CHUNK = 1 << 20;

/**
 * The sources already recorded in a JSON Lines file, read in chunks. A trailing
 * line without its newline was cut off by a kill: it is not a record, and is cut
 * from the file so appended records start on a line of their own.
 */
export function recordedSources(path: string): Set<string> {
  const sources = new Set<string>();
  if (!existsSync(path)) return sources;
  const fd = openSync(path, 'r+');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let rest = Buffer.alloc(0);
    let complete = 0;
    let position = 0;
    for (let read = readSync(fd, buffer, 0, CHUNK, position); read > 0; read = readSync(fd, buffer, 0, CHUNK, position)) {
      position += read;
      const data = Buffer.concat([rest, buffer.subarray(0, read)]);
      let from = 0;
      for (let newline = data.indexOf(10, from); newline >= 0; newline = data.indexOf(10, from)) {
        const match = SOURCE.exec(data.toString('utf8', from, Math.min(newline, from + 8192)));
        // A damaged line names no input; that input is extracted again.
        if (match) sources.add(JSON.parse(match[1] as string) as string);
        from = newline + 1;
      }
      complete = position - (data.length - from);
      rest = Buffer.from(data.subarray(from));
    }
    if (rest.length > 0) ftruncateSync(fd, complete);
  } finally {
    closeSync(fd);
  }
  return sources;
}

/** A sink for record lines: each line is one write call, so a killed run leaves only whole lines. */
export interface RecordSink {
  write(line: string): void | Promise<void>;
  close(): Promise<void>;
}

/** Appends (or, without `append`, truncates and writes) lines to a file, syncing to disk every second. */
export function fileSink(path: string, append: boolean): RecordSink {
  const fd = openSync(path, append ? 'a' : 'w');
  let synced = Date.now();
  return {
    write(line) {
      writeSync(fd, `${line}\n`);
      if (Date.now() - synced >= FSYNC_EVERY_MS) {
        fsyncSync(fd);
        synced = Date.now();
      }
    },
    async close() {
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}

/** Writes lines to a stream (stdout), waiting when it is full. */
export function streamSink(stream: NodeJS.WritableStream): RecordSink {
  return {
    write(line) {
      if (stream.write(`${line}\n`)) return;
      return new Promise((resolve) => stream.once('drain', resolve));
    },
    async close() {},
  };
}
