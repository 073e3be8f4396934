import {minify} from 'terser';
import fs from 'fs'; import zlib from 'zlib';
const src = fs.readFileSync(process.argv[2],'utf8');
const names = process.argv[3].split(',');
const re = new RegExp('^(' + names.join('|') + ')$');
const out = await minify(src,{module:true,compress:false,mangle:{properties:{regex:re}}});
const g = s=>zlib.gzipSync(s,{level:9}).length;
console.log(g(src), g(out.code), g(out.code)-g(src));
