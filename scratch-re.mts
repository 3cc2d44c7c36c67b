import { fold } from './dialogs/nlu/text.ts';
const src = (await import('node:fs')).readFileSync(process.argv[2], 'utf8');
const name = process.argv[3];
const m = new RegExp(`const ${name} =\\s*(/.*/[a-z]*);`).exec(src)!;
const re = eval(m[1]);
const t = fold(process.argv[4]);
console.log(t, '=>', re.exec(t)?.[0]);
