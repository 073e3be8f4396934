// Attribute each output char of a chunk to its source file via the sourcemap; report raw chars and a rough gzip share
import fs from 'node:fs';
import zlib from 'node:zlib';
const file = process.argv[2];
const code = fs.readFileSync(file, 'utf8');
const map = JSON.parse(fs.readFileSync(file + '.map', 'utf8'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(s){const out=[];let v=0,sh=0;for(const c of s){let d=B64.indexOf(c);const cont=d&32;d&=31;v+=d<<sh;if(cont){sh+=5}else{const neg=v&1;v>>=1;out.push(neg?-v:v);v=0;sh=0}}return out}
const lines = code.split('\n');
const segs=[]; let src=0;
map.mappings.split(';').forEach((ln,li)=>{let col=0;for(const s of ln.split(',')){if(!s)continue;const d=decode(s);col+=d[0];if(d.length>1)src+=d[1];segs.push([li,col,d.length>1?src:-1])}});
const per={};
for(let i=0;i<segs.length;i++){const [li,col,s]=segs[i];const nx=segs[i+1];const end=nx&&nx[0]===li?nx[1]:lines[li].length;const name=s>=0?map.sources[s]:'(none)';per[name]=(per[name]||'')+lines[li].slice(col,end)}
const total=zlib.gzipSync(code,{level:9}).length;
const rows=Object.entries(per).map(([k,v])=>[k,v.length,zlib.gzipSync(v,{level:9}).length]).sort((a,b)=>b[1]-a[1]);
for(const r of rows)console.log(String(r[1]).padStart(7),String(r[2]).padStart(6),r[0]);
console.log('total gzip',total,'raw',code.length);
