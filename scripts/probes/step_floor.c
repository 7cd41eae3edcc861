// The floor of a step's SQLite work (docs/performance.md, "Step path redesign"): the store's schema,
// the step's statements prepared once, payloads of the real size, one transaction per event.
// build: cc -O2 -o step_floor step_floor.c -lsqlite3
// usage: step_floor DB CASES PAGE_SIZE SKIP_STATUS(0|1) WAL_AUTOCHECKPOINT HEAD_READ_BEFORE(0|1)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>
static double now(void){struct timespec ts;clock_gettime(CLOCK_MONOTONIC,&ts);return ts.tv_sec+ts.tv_nsec*1e-9;}
static void ex(sqlite3*db,const char*s){char*e=0;if(sqlite3_exec(db,s,0,0,&e)){fprintf(stderr,"%s: %s\n",s,e);exit(1);}}
static sqlite3_stmt*P(sqlite3*db,const char*s){sqlite3_stmt*st;if(sqlite3_prepare_v2(db,s,-1,&st,0)){fprintf(stderr,"%s\n",sqlite3_errmsg(db));exit(1);}return st;}
static void run(sqlite3_stmt*s){int rc;while((rc=sqlite3_step(s))==SQLITE_ROW);if(rc!=SQLITE_DONE){fprintf(stderr,"step %d\n",rc);exit(1);}sqlite3_reset(s);}
int main(int argc,char**argv){
  const char*path=argv[1]; int cases=atoi(argv[2]); int pagesize=atoi(argv[3]); int nostatus=atoi(argv[4]); int ckpt=atoi(argv[5]); int headread=atoi(argv[6]);
  char t[512]; const char*sf[3]={"","-wal","-shm"}; for(int i=0;i<3;i++){snprintf(t,512,"%s%s",path,sf[i]);unlink(t);}
  sqlite3*db; sqlite3_open(path,&db);
  snprintf(t,512,"PRAGMA page_size=%d",pagesize); ex(db,t);
  ex(db,"PRAGMA journal_mode=WAL"); ex(db,"PRAGMA synchronous=NORMAL");
  snprintf(t,512,"PRAGMA wal_autocheckpoint=%d",ckpt); ex(db,t);
  ex(db,"CREATE TABLE event (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor_id TEXT NOT NULL, step TEXT, body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, seal TEXT, UNIQUE (case_id, seq));"
     "CREATE TABLE case_state (case_id TEXT PRIMARY KEY, sop_hash TEXT NOT NULL, status TEXT NOT NULL, opened_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_seq INTEGER NOT NULL, last_hash TEXT NOT NULL, summary TEXT NOT NULL);"
     "CREATE INDEX case_state_status ON case_state (status); CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);");
  sqlite3_stmt*begin=P(db,"BEGIN IMMEDIATE"),*commit=P(db,"COMMIT");
  sqlite3_stmt*head=P(db,"SELECT seq, hash FROM event WHERE case_id = ? ORDER BY seq DESC LIMIT 1");
  sqlite3_stmt*pre=P(db,"SELECT seq, hash, (SELECT summary FROM case_state WHERE case_id = event.case_id) FROM event WHERE case_id = ? ORDER BY seq DESC LIMIT 1");
  sqlite3_stmt*ins=P(db,"INSERT INTO event (case_id, seq, kind, occurred_at, recorded_at, actor_id, step, body, prev_hash, hash, seal) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  sqlite3_stmt*ups=P(db,"INSERT INTO case_state (case_id, sop_hash, status, opened_at, updated_at, last_seq, last_hash, summary) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(case_id) DO UPDATE SET sop_hash = excluded.sop_hash, status = excluded.status, updated_at = excluded.updated_at, last_seq = excluded.last_seq, last_hash = excluded.last_hash, summary = excluded.summary");
  sqlite3_stmt*upd=P(db,"UPDATE case_state SET updated_at = ?, last_seq = ?, last_hash = ?, summary = ? WHERE case_id = ?");
  sqlite3_stmt*cnt=P(db,"INSERT INTO counter (name, value) VALUES ('H', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1");
  sqlite3_stmt*cntr=P(db,"SELECT value FROM counter WHERE name = 'H'");
  char body[700]; memset(body,'x',620); body[620]=0; char sum[800]; memset(sum,'y',690); sum[690]=0;
  const char*hash="9c376aeeed268a57270f0593763b01f4b3e47216f9dea4ab305f7020148bde15";
  long events=0; double t0=now();
  for(int c=1;c<=cases;c++){
    char id[32]; snprintf(id,32,"HELPDESK-%04d",c);
    run(begin); run(cnt); run(cntr); run(commit);
    int steps = c%3==0?13:6;
    for(int s=1;s<=steps+1;s++){
      if(headread && s>1){sqlite3_bind_text(pre,1,id,-1,SQLITE_STATIC); run(pre);}
      run(begin);
      sqlite3_bind_text(head,1,id,-1,SQLITE_STATIC); run(head);
      sqlite3_bind_text(ins,1,id,-1,SQLITE_STATIC); sqlite3_bind_int(ins,2,s); sqlite3_bind_text(ins,3,"langkah_selesai",-1,SQLITE_STATIC);
      sqlite3_bind_text(ins,4,"2026-12-04T21:25:23.468Z",-1,SQLITE_STATIC);sqlite3_bind_text(ins,5,"2026-12-04T21:25:23.468Z",-1,SQLITE_STATIC);
      sqlite3_bind_text(ins,6,"199001012015031001",-1,SQLITE_STATIC);sqlite3_bind_text(ins,7,"terima",-1,SQLITE_STATIC);
      sqlite3_bind_text(ins,8,body,-1,SQLITE_STATIC);sqlite3_bind_text(ins,9,hash,-1,SQLITE_STATIC);sqlite3_bind_text(ins,10,hash,-1,SQLITE_STATIC);sqlite3_bind_null(ins,11);
      run(ins);
      if(nostatus && s>1){
        sqlite3_bind_text(upd,1,"2026-12-04T21:25:23.468Z",-1,SQLITE_STATIC);sqlite3_bind_int(upd,2,s);sqlite3_bind_text(upd,3,hash,-1,SQLITE_STATIC);sqlite3_bind_text(upd,4,sum,-1,SQLITE_STATIC);sqlite3_bind_text(upd,5,id,-1,SQLITE_STATIC);run(upd);
      } else {
      sqlite3_bind_text(ups,1,id,-1,SQLITE_STATIC);sqlite3_bind_text(ups,2,hash,-1,SQLITE_STATIC);sqlite3_bind_text(ups,3,s==steps+1?"selesai":"berjalan",-1,SQLITE_STATIC);
      sqlite3_bind_text(ups,4,"2026-12-04T21:25:23.468Z",-1,SQLITE_STATIC);sqlite3_bind_text(ups,5,"2026-12-04T21:25:23.468Z",-1,SQLITE_STATIC);
      sqlite3_bind_int(ups,6,s);sqlite3_bind_text(ups,7,hash,-1,SQLITE_STATIC);sqlite3_bind_text(ups,8,sum,-1,SQLITE_STATIC); run(ups);}
      run(commit); events++;
    }
  }
  double el=now()-t0;
  printf("page %d nostatus %d ckpt %d head %d: %ld events %.3f s: %.2f us/event %.0f ev/s\n",pagesize,nostatus,ckpt,headread,events,el,el/events*1e6,events/el);
  return 0;
}
