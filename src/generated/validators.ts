// GENERATED FILE: do not edit. Source: schemas/*.schema.json compiled by src/schemas/standalone.ts; run `npm run generate:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
import { schemaFormats as formats } from '../schemas/formats.js';
const require = createRequire(import.meta.url);
export const api = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/api.schema.json","title":"ApiContract","description":"Query parameters and bodies of the HTTP API. The API validates requests with these schemas and /openapi.json is built from them, so the document and the checks cannot drift apart.","type":"object","additionalProperties":false,"properties":{"importQuery":{"$ref":"#/$defs/ImportQuery"},"inboxQuery":{"$ref":"#/$defs/InboxQuery"},"quarantineQuery":{"$ref":"#/$defs/QuarantineQuery"},"problem":{"$ref":"#/$defs/Problem"},"importStatus":{"$ref":"#/$defs/ImportStatus"},"inboxEntry":{"$ref":"#/$defs/InboxEntry"},"inboxDetail":{"$ref":"#/$defs/InboxDetail"},"quarantineEntry":{"$ref":"#/$defs/QuarantineEntry"},"backlogQuery":{"$ref":"#/$defs/BacklogQuery"},"reportQuery":{"$ref":"#/$defs/ReportQuery"},"outreachQuery":{"$ref":"#/$defs/OutreachQuery"}},"$defs":{"ImportQuery":{"title":"ImportQuery","description":"Options of an upload.","type":"object","additionalProperties":false,"properties":{"source":{"enum":["abh","jobcenter","sozialamt","ebb","consent"],"description":"force the source instead of detecting it from the content"}}},"InboxQuery":{"title":"InboxQuery","description":"Filters and page of an inbox list. The entries come in deadline order (none last), then by the day they hold from and their id; a response with more after it names the next page in its Link header (RFC 8288, rel=\"next\").","type":"object","additionalProperties":false,"properties":{"type":{"type":"string","pattern":"^[a-z0-9_]+\\.[a-z0-9_]+$","description":"signal type, e.g. status.expiring"},"state":{"enum":["open","acknowledged","done","withdrawn"]},"from":{"type":"string","format":"date","description":"signals holding from this day on or later"},"to":{"type":"string","format":"date","description":"signals holding from this day or earlier"},"limit":{"type":"string","pattern":"^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$","description":"entries per page, 1 to 500; 100 by default"},"cursor":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,100}$","description":"where the page starts: the value given in the previous page's Link rel=\"next\", opaque; without it, the first page"}}},"QuarantineQuery":{"title":"QuarantineQuery","type":"object","additionalProperties":false,"properties":{"import":{"type":"string","format":"uuid","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","description":"only the entries of this import"},"kind":{"enum":["rejection","warning"],"description":"rejection (default): records refused and kept for replay; warning: values outside code lists in records that were accepted and stored"}}},"Problem":{"title":"Problem","description":"RFC 9457 problem details; title is the stable KIM_ERR_ code of the registry (docs/errors.md), detail says more. Never carries personal data.","type":"object","required":["type","title","status"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"}}},"ImportStatus":{"title":"ImportStatusBody","type":"object","required":["id","source","fileName","trigger","status","receivedAt","finishedAt","recordsRead","accepted","rejected","changed","unchanged","signalsChanged","error","identicalTo","warnings","warningSummary"],"properties":{"id":{"type":"string","format":"uuid"},"source":{"type":["string","null"]},"fileName":{"type":"string"},"trigger":{"enum":["upload","drop","schedule","cli","replay"]},"status":{"enum":["queued","reading","applying","linking","evaluating","held","done","failed"]},"receivedAt":{"type":"string"},"finishedAt":{"type":["string","null"]},"recordsRead":{"type":"integer"},"accepted":{"type":"integer"},"rejected":{"type":"integer"},"changed":{"type":"integer"},"unchanged":{"type":"integer"},"signalsChanged":{"type":"integer"},"error":{"oneOf":[{"type":"null"},{"type":"object","properties":{"code":{"type":["string","null"]},"message":{"type":["string","null"]}},"required":["code","message"]}]},"identicalTo":{"type":["string","null"],"description":"the earlier import of the identical file (same bytes, same reader version, the last import of its source): this one read nothing and changed nothing"},"warnings":{"type":"integer","description":"values outside code lists in accepted records (the records are stored; GET /quarantine?kind=warning lists each)"},"warningSummary":{"type":"array","description":"the warnings grouped by code, field and value, most frequent first (at most 100 groups)","items":{"type":"object","additionalProperties":false,"required":["code","field","value","count"],"properties":{"code":{"type":"string"},"field":{"type":"string"},"value":{"type":"string"},"count":{"type":"integer"}}}}}},"InboxEntry":{"title":"InboxEntryBody","type":"object","required":["id","type","state","from","deadline","recipient","person","createdAt","updatedAt"],"properties":{"id":{"type":"string","pattern":"^[0-9]+$"},"type":{"type":"string"},"state":{"enum":["open","acknowledged","done","withdrawn"]},"from":{"type":"string","format":"date"},"deadline":{"type":["string","null"],"format":"date"},"recipient":{"type":"object","required":["role","id"],"properties":{"role":{"type":"string"},"id":{"type":"string"}}},"person":{"type":"object","required":["kimId","azr","familyName","givenNames"],"properties":{"kimId":{"type":"string"},"azr":{"type":["string","null"]},"familyName":{"type":["string","null"]},"givenNames":{"type":["string","null"]}}},"createdAt":{"type":"string"},"updatedAt":{"type":"string"}}},"InboxDetail":{"title":"InboxDetailBody","description":"An inbox entry with its explanation and the conditions it rests on.","allOf":[{"$ref":"#/$defs/InboxEntry"},{"type":"object","required":["lawVersion","explanation","conditions"],"properties":{"lawVersion":{"type":"string"},"explanation":{"type":"string"},"conditions":{"type":"array"}}}]},"QuarantineEntry":{"title":"QuarantineEntryBody","description":"A rejected record without its values (position, field, code and reason suffice to find and fix it), or a warning: a value outside a code list in a record that was accepted; a warning names the value (a code as delivered, at most 200 characters) because the code list is what the operator extends.","type":"object","required":["id","kind","importId","source","file","position","field","code","reason","createdAt","replayedIn"],"properties":{"id":{"type":"string"},"kind":{"enum":["rejection","warning"]},"importId":{"type":"string","format":"uuid"},"source":{"type":"string"},"file":{"type":"string"},"position":{"type":"object"},"recordId":{"type":["string","null"]},"field":{"type":["string","null"]},"code":{"type":"string"},"reason":{"type":"string"},"createdAt":{"type":"string"},"replayedIn":{"type":["string","null"]},"value":{"type":["string","null"],"description":"warnings only: the value as delivered"}}},"BacklogQuery":{"title":"BacklogQuery","description":"Sorting, filters and format of an EBB's backlog list.","type":"object","additionalProperties":false,"properties":{"order":{"enum":["oldest","ready_first"],"description":"oldest first (default) or ready to decide first"},"team":{"type":"string","maxLength":100},"missingDocument":{"type":"string","maxLength":100,"description":"applications missing this document (part of its name)"},"readiness":{"enum":["ready","missing","not_yet","blocked"]},"overdue":{"enum":["true","false"]},"format":{"enum":["json","csv","xlsx"],"description":"json (default), CSV for Excel, or XLSX"}}},"ReportQuery":{"title":"ReportQuery","description":"Months and format of the controlling report; the last twelve months up to the report date by default, at most 36 months (KIM_ERR_REPORT_PERIOD beyond).","type":"object","additionalProperties":false,"properties":{"from":{"type":"string","pattern":"^20\\d{2}-(0[1-9]|1[0-2])$","description":"first month, YYYY-MM (2000 or later); at most 36 months before `to`"},"to":{"type":"string","pattern":"^20\\d{2}-(0[1-9]|1[0-2])$","description":"last month, YYYY-MM; not after the report date's month; a report covers at most 36 months"},"format":{"enum":["json","csv"],"description":"json (default) or CSV for Excel: one line per published cell"}}},"OutreachQuery":{"title":"OutreachQuery","description":"Format of an EBB's outreach list.","type":"object","additionalProperties":false,"properties":{"format":{"enum":["json","csv"],"description":"json (default) or CSV for Excel"}}}}};
const schema32 = {"title":"ImportQuery","description":"Options of an upload.","type":"object","additionalProperties":false,"properties":{"source":{"enum":["abh","jobcenter","sozialamt","ebb","consent"],"description":"force the source instead of detecting it from the content"}}};
const schema33 = {"title":"InboxQuery","description":"Filters and page of an inbox list. The entries come in deadline order (none last), then by the day they hold from and their id; a response with more after it names the next page in its Link header (RFC 8288, rel=\"next\").","type":"object","additionalProperties":false,"properties":{"type":{"type":"string","pattern":"^[a-z0-9_]+\\.[a-z0-9_]+$","description":"signal type, e.g. status.expiring"},"state":{"enum":["open","acknowledged","done","withdrawn"]},"from":{"type":"string","format":"date","description":"signals holding from this day on or later"},"to":{"type":"string","format":"date","description":"signals holding from this day or earlier"},"limit":{"type":"string","pattern":"^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$","description":"entries per page, 1 to 500; 100 by default"},"cursor":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,100}$","description":"where the page starts: the value given in the previous page's Link rel=\"next\", opaque; without it, the first page"}}};
const schema34 = {"title":"QuarantineQuery","type":"object","additionalProperties":false,"properties":{"import":{"type":"string","format":"uuid","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","description":"only the entries of this import"},"kind":{"enum":["rejection","warning"],"description":"rejection (default): records refused and kept for replay; warning: values outside code lists in records that were accepted and stored"}}};
const schema35 = {"title":"Problem","description":"RFC 9457 problem details; title is the stable KIM_ERR_ code of the registry (docs/errors.md), detail says more. Never carries personal data.","type":"object","required":["type","title","status"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"}}};
const schema36 = {"title":"ImportStatusBody","type":"object","required":["id","source","fileName","trigger","status","receivedAt","finishedAt","recordsRead","accepted","rejected","changed","unchanged","signalsChanged","error","identicalTo","warnings","warningSummary"],"properties":{"id":{"type":"string","format":"uuid"},"source":{"type":["string","null"]},"fileName":{"type":"string"},"trigger":{"enum":["upload","drop","schedule","cli","replay"]},"status":{"enum":["queued","reading","applying","linking","evaluating","held","done","failed"]},"receivedAt":{"type":"string"},"finishedAt":{"type":["string","null"]},"recordsRead":{"type":"integer"},"accepted":{"type":"integer"},"rejected":{"type":"integer"},"changed":{"type":"integer"},"unchanged":{"type":"integer"},"signalsChanged":{"type":"integer"},"error":{"oneOf":[{"type":"null"},{"type":"object","properties":{"code":{"type":["string","null"]},"message":{"type":["string","null"]}},"required":["code","message"]}]},"identicalTo":{"type":["string","null"],"description":"the earlier import of the identical file (same bytes, same reader version, the last import of its source): this one read nothing and changed nothing"},"warnings":{"type":"integer","description":"values outside code lists in accepted records (the records are stored; GET /quarantine?kind=warning lists each)"},"warningSummary":{"type":"array","description":"the warnings grouped by code, field and value, most frequent first (at most 100 groups)","items":{"type":"object","additionalProperties":false,"required":["code","field","value","count"],"properties":{"code":{"type":"string"},"field":{"type":"string"},"value":{"type":"string"},"count":{"type":"integer"}}}}}};
const schema37 = {"title":"InboxEntryBody","type":"object","required":["id","type","state","from","deadline","recipient","person","createdAt","updatedAt"],"properties":{"id":{"type":"string","pattern":"^[0-9]+$"},"type":{"type":"string"},"state":{"enum":["open","acknowledged","done","withdrawn"]},"from":{"type":"string","format":"date"},"deadline":{"type":["string","null"],"format":"date"},"recipient":{"type":"object","required":["role","id"],"properties":{"role":{"type":"string"},"id":{"type":"string"}}},"person":{"type":"object","required":["kimId","azr","familyName","givenNames"],"properties":{"kimId":{"type":"string"},"azr":{"type":["string","null"]},"familyName":{"type":["string","null"]},"givenNames":{"type":["string","null"]}}},"createdAt":{"type":"string"},"updatedAt":{"type":"string"}}};
const schema40 = {"title":"QuarantineEntryBody","description":"A rejected record without its values (position, field, code and reason suffice to find and fix it), or a warning: a value outside a code list in a record that was accepted; a warning names the value (a code as delivered, at most 200 characters) because the code list is what the operator extends.","type":"object","required":["id","kind","importId","source","file","position","field","code","reason","createdAt","replayedIn"],"properties":{"id":{"type":"string"},"kind":{"enum":["rejection","warning"]},"importId":{"type":"string","format":"uuid"},"source":{"type":"string"},"file":{"type":"string"},"position":{"type":"object"},"recordId":{"type":["string","null"]},"field":{"type":["string","null"]},"code":{"type":"string"},"reason":{"type":"string"},"createdAt":{"type":"string"},"replayedIn":{"type":["string","null"]},"value":{"type":["string","null"],"description":"warnings only: the value as delivered"}}};
const schema41 = {"title":"BacklogQuery","description":"Sorting, filters and format of an EBB's backlog list.","type":"object","additionalProperties":false,"properties":{"order":{"enum":["oldest","ready_first"],"description":"oldest first (default) or ready to decide first"},"team":{"type":"string","maxLength":100},"missingDocument":{"type":"string","maxLength":100,"description":"applications missing this document (part of its name)"},"readiness":{"enum":["ready","missing","not_yet","blocked"]},"overdue":{"enum":["true","false"]},"format":{"enum":["json","csv","xlsx"],"description":"json (default), CSV for Excel, or XLSX"}}};
const schema42 = {"title":"ReportQuery","description":"Months and format of the controlling report; the last twelve months up to the report date by default, at most 36 months (KIM_ERR_REPORT_PERIOD beyond).","type":"object","additionalProperties":false,"properties":{"from":{"type":"string","pattern":"^20\\d{2}-(0[1-9]|1[0-2])$","description":"first month, YYYY-MM (2000 or later); at most 36 months before `to`"},"to":{"type":"string","pattern":"^20\\d{2}-(0[1-9]|1[0-2])$","description":"last month, YYYY-MM; not after the report date's month; a report covers at most 36 months"},"format":{"enum":["json","csv"],"description":"json (default) or CSV for Excel: one line per published cell"}}};
const schema43 = {"title":"OutreachQuery","description":"Format of an EBB's outreach list.","type":"object","additionalProperties":false,"properties":{"format":{"enum":["json","csv"],"description":"json (default) or CSV for Excel"}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9_]+\\.[a-z0-9_]+$", "u");
const pattern5 = new RegExp("^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9_-]{1,100}$", "u");
const pattern7 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern8 = new RegExp("^[0-9]+$", "u");
const pattern10 = new RegExp("^20\\d{2}-(0[1-9]|1[0-2])$", "u");
const formats0 = formats.date;
const formats4 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const schema38 = {"title":"InboxDetailBody","description":"An inbox entry with its explanation and the conditions it rests on.","allOf":[{"$ref":"#/$defs/InboxEntry"},{"type":"object","required":["lawVersion","explanation","conditions"],"properties":{"lawVersion":{"type":"string"},"explanation":{"type":"string"},"conditions":{"type":"array"}}}]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.id === undefined) && (missing0 = "id")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.deadline === undefined) && (missing0 = "deadline"))) || ((data.recipient === undefined) && (missing0 = "recipient"))) || ((data.person === undefined) && (missing0 = "person"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))){
validate21.errors = [{instancePath,schemaPath:"#/$defs/InboxEntry/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/InboxEntry/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/InboxEntry/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs3 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.type !== undefined){
const _errs5 = errors;
if(typeof data.type !== "string"){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/InboxEntry/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.state !== undefined){
let data2 = data.state;
const _errs7 = errors;
if(!((((data2 === "open") || (data2 === "acknowledged")) || (data2 === "done")) || (data2 === "withdrawn"))){
validate21.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/InboxEntry/properties/state/enum",keyword:"enum",params:{allowedValues: schema37.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.from !== undefined){
let data3 = data.from;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
validate21.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/InboxEntry/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/InboxEntry/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.deadline !== undefined){
let data4 = data.deadline;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate21.errors = [{instancePath:instancePath+"/deadline",schemaPath:"#/$defs/InboxEntry/properties/deadline/type",keyword:"type",params:{type: schema37.properties.deadline.type},message:"must be string,null"}];
return false;
}
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
validate21.errors = [{instancePath:instancePath+"/deadline",schemaPath:"#/$defs/InboxEntry/properties/deadline/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.recipient !== undefined){
let data5 = data.recipient;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.role === undefined) && (missing1 = "role")) || ((data5.id === undefined) && (missing1 = "id"))){
validate21.errors = [{instancePath:instancePath+"/recipient",schemaPath:"#/$defs/InboxEntry/properties/recipient/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data5.role !== undefined){
const _errs14 = errors;
if(typeof data5.role !== "string"){
validate21.errors = [{instancePath:instancePath+"/recipient/role",schemaPath:"#/$defs/InboxEntry/properties/recipient/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.id !== undefined){
const _errs16 = errors;
if(typeof data5.id !== "string"){
validate21.errors = [{instancePath:instancePath+"/recipient/id",schemaPath:"#/$defs/InboxEntry/properties/recipient/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/recipient",schemaPath:"#/$defs/InboxEntry/properties/recipient/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.person !== undefined){
let data8 = data.person;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((((data8.kimId === undefined) && (missing2 = "kimId")) || ((data8.azr === undefined) && (missing2 = "azr"))) || ((data8.familyName === undefined) && (missing2 = "familyName"))) || ((data8.givenNames === undefined) && (missing2 = "givenNames"))){
validate21.errors = [{instancePath:instancePath+"/person",schemaPath:"#/$defs/InboxEntry/properties/person/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.kimId !== undefined){
const _errs20 = errors;
if(typeof data8.kimId !== "string"){
validate21.errors = [{instancePath:instancePath+"/person/kimId",schemaPath:"#/$defs/InboxEntry/properties/person/properties/kimId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.azr !== undefined){
let data10 = data8.azr;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate21.errors = [{instancePath:instancePath+"/person/azr",schemaPath:"#/$defs/InboxEntry/properties/person/properties/azr/type",keyword:"type",params:{type: schema37.properties.person.properties.azr.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.familyName !== undefined){
let data11 = data8.familyName;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate21.errors = [{instancePath:instancePath+"/person/familyName",schemaPath:"#/$defs/InboxEntry/properties/person/properties/familyName/type",keyword:"type",params:{type: schema37.properties.person.properties.familyName.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.givenNames !== undefined){
let data12 = data8.givenNames;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate21.errors = [{instancePath:instancePath+"/person/givenNames",schemaPath:"#/$defs/InboxEntry/properties/person/properties/givenNames/type",keyword:"type",params:{type: schema37.properties.person.properties.givenNames.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/person",schemaPath:"#/$defs/InboxEntry/properties/person/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.createdAt !== undefined){
const _errs28 = errors;
if(typeof data.createdAt !== "string"){
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/InboxEntry/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.updatedAt !== undefined){
const _errs30 = errors;
if(typeof data.updatedAt !== "string"){
validate21.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/$defs/InboxEntry/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/$defs/InboxEntry/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs32 = errors;
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((((data.lawVersion === undefined) && (missing3 = "lawVersion")) || ((data.explanation === undefined) && (missing3 = "explanation"))) || ((data.conditions === undefined) && (missing3 = "conditions"))){
validate21.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data.lawVersion !== undefined){
const _errs34 = errors;
if(typeof data.lawVersion !== "string"){
validate21.errors = [{instancePath:instancePath+"/lawVersion",schemaPath:"#/allOf/1/properties/lawVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs34 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.explanation !== undefined){
const _errs36 = errors;
if(typeof data.explanation !== "string"){
validate21.errors = [{instancePath:instancePath+"/explanation",schemaPath:"#/allOf/1/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.conditions !== undefined){
const _errs38 = errors;
if(!(Array.isArray(data.conditions))){
validate21.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/allOf/1/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid5 = _errs38 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"lawVersion":true,"explanation":true,"conditions":true,"id":true,"type":true,"state":true,"from":true,"deadline":true,"recipient":true,"person":true,"createdAt":true,"updatedAt":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/api.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.importQuery !== undefined){
let data0 = data.importQuery;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
const _errs5 = errors;
for(const key1 in data0){
if(!(key1 === "source")){
validate20.errors = [{instancePath:instancePath+"/importQuery",schemaPath:"#/$defs/ImportQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.source !== undefined){
let data1 = data0.source;
if(!(((((data1 === "abh") || (data1 === "jobcenter")) || (data1 === "sozialamt")) || (data1 === "ebb")) || (data1 === "consent"))){
validate20.errors = [{instancePath:instancePath+"/importQuery/source",schemaPath:"#/$defs/ImportQuery/properties/source/enum",keyword:"enum",params:{allowedValues: schema32.properties.source.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/importQuery",schemaPath:"#/$defs/ImportQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboxQuery !== undefined){
let data2 = data.inboxQuery;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
const _errs10 = errors;
for(const key2 in data2){
if(!((((((key2 === "type") || (key2 === "state")) || (key2 === "from")) || (key2 === "to")) || (key2 === "limit")) || (key2 === "cursor"))){
validate20.errors = [{instancePath:instancePath+"/inboxQuery",schemaPath:"#/$defs/InboxQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data2.type !== undefined){
let data3 = data2.type;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/type",schemaPath:"#/$defs/InboxQuery/properties/type/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+\\.[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+\\.[a-z0-9_]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery/type",schemaPath:"#/$defs/InboxQuery/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.state !== undefined){
let data4 = data2.state;
const _errs13 = errors;
if(!((((data4 === "open") || (data4 === "acknowledged")) || (data4 === "done")) || (data4 === "withdrawn"))){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/state",schemaPath:"#/$defs/InboxQuery/properties/state/enum",keyword:"enum",params:{allowedValues: schema33.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.from !== undefined){
let data5 = data2.from;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/from",schemaPath:"#/$defs/InboxQuery/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery/from",schemaPath:"#/$defs/InboxQuery/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.to !== undefined){
let data6 = data2.to;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/to",schemaPath:"#/$defs/InboxQuery/properties/to/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery/to",schemaPath:"#/$defs/InboxQuery/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.limit !== undefined){
let data7 = data2.limit;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/limit",schemaPath:"#/$defs/InboxQuery/properties/limit/pattern",keyword:"pattern",params:{pattern: "^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$"},message:"must match pattern \""+"^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery/limit",schemaPath:"#/$defs/InboxQuery/properties/limit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.cursor !== undefined){
let data8 = data2.cursor;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
validate20.errors = [{instancePath:instancePath+"/inboxQuery/cursor",schemaPath:"#/$defs/InboxQuery/properties/cursor/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,100}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery/cursor",schemaPath:"#/$defs/InboxQuery/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxQuery",schemaPath:"#/$defs/InboxQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quarantineQuery !== undefined){
let data9 = data.quarantineQuery;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs25 = errors;
for(const key3 in data9){
if(!((key3 === "import") || (key3 === "kind"))){
validate20.errors = [{instancePath:instancePath+"/quarantineQuery",schemaPath:"#/$defs/QuarantineQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data9.import !== undefined){
let data10 = data9.import;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
validate20.errors = [{instancePath:instancePath+"/quarantineQuery/import",schemaPath:"#/$defs/QuarantineQuery/properties/import/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""}];
return false;
}
else {
if(!(formats4.test(data10))){
validate20.errors = [{instancePath:instancePath+"/quarantineQuery/import",schemaPath:"#/$defs/QuarantineQuery/properties/import/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/quarantineQuery/import",schemaPath:"#/$defs/QuarantineQuery/properties/import/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.kind !== undefined){
let data11 = data9.kind;
const _errs28 = errors;
if(!((data11 === "rejection") || (data11 === "warning"))){
validate20.errors = [{instancePath:instancePath+"/quarantineQuery/kind",schemaPath:"#/$defs/QuarantineQuery/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/quarantineQuery",schemaPath:"#/$defs/QuarantineQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.problem !== undefined){
let data12 = data.problem;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing0;
if((((data12.type === undefined) && (missing0 = "type")) || ((data12.title === undefined) && (missing0 = "title"))) || ((data12.status === undefined) && (missing0 = "status"))){
validate20.errors = [{instancePath:instancePath+"/problem",schemaPath:"#/$defs/Problem/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data12.type !== undefined){
const _errs32 = errors;
if(typeof data12.type !== "string"){
validate20.errors = [{instancePath:instancePath+"/problem/type",schemaPath:"#/$defs/Problem/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.title !== undefined){
const _errs34 = errors;
if(typeof data12.title !== "string"){
validate20.errors = [{instancePath:instancePath+"/problem/title",schemaPath:"#/$defs/Problem/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.status !== undefined){
let data15 = data12.status;
const _errs36 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate20.errors = [{instancePath:instancePath+"/problem/status",schemaPath:"#/$defs/Problem/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.detail !== undefined){
const _errs38 = errors;
if(typeof data12.detail !== "string"){
validate20.errors = [{instancePath:instancePath+"/problem/detail",schemaPath:"#/$defs/Problem/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/problem",schemaPath:"#/$defs/Problem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.importStatus !== undefined){
let data17 = data.importStatus;
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing1;
if((((((((((((((((((data17.id === undefined) && (missing1 = "id")) || ((data17.source === undefined) && (missing1 = "source"))) || ((data17.fileName === undefined) && (missing1 = "fileName"))) || ((data17.trigger === undefined) && (missing1 = "trigger"))) || ((data17.status === undefined) && (missing1 = "status"))) || ((data17.receivedAt === undefined) && (missing1 = "receivedAt"))) || ((data17.finishedAt === undefined) && (missing1 = "finishedAt"))) || ((data17.recordsRead === undefined) && (missing1 = "recordsRead"))) || ((data17.accepted === undefined) && (missing1 = "accepted"))) || ((data17.rejected === undefined) && (missing1 = "rejected"))) || ((data17.changed === undefined) && (missing1 = "changed"))) || ((data17.unchanged === undefined) && (missing1 = "unchanged"))) || ((data17.signalsChanged === undefined) && (missing1 = "signalsChanged"))) || ((data17.error === undefined) && (missing1 = "error"))) || ((data17.identicalTo === undefined) && (missing1 = "identicalTo"))) || ((data17.warnings === undefined) && (missing1 = "warnings"))) || ((data17.warningSummary === undefined) && (missing1 = "warningSummary"))){
validate20.errors = [{instancePath:instancePath+"/importStatus",schemaPath:"#/$defs/ImportStatus/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data17.id !== undefined){
let data18 = data17.id;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data18 === "string"){
if(!(formats4.test(data18))){
validate20.errors = [{instancePath:instancePath+"/importStatus/id",schemaPath:"#/$defs/ImportStatus/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/importStatus/id",schemaPath:"#/$defs/ImportStatus/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid10 = _errs43 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.source !== undefined){
let data19 = data17.source;
const _errs45 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate20.errors = [{instancePath:instancePath+"/importStatus/source",schemaPath:"#/$defs/ImportStatus/properties/source/type",keyword:"type",params:{type: schema36.properties.source.type},message:"must be string,null"}];
return false;
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.fileName !== undefined){
const _errs47 = errors;
if(typeof data17.fileName !== "string"){
validate20.errors = [{instancePath:instancePath+"/importStatus/fileName",schemaPath:"#/$defs/ImportStatus/properties/fileName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs47 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.trigger !== undefined){
let data21 = data17.trigger;
const _errs49 = errors;
if(!(((((data21 === "upload") || (data21 === "drop")) || (data21 === "schedule")) || (data21 === "cli")) || (data21 === "replay"))){
validate20.errors = [{instancePath:instancePath+"/importStatus/trigger",schemaPath:"#/$defs/ImportStatus/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema36.properties.trigger.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.status !== undefined){
let data22 = data17.status;
const _errs50 = errors;
if(!((((((((data22 === "queued") || (data22 === "reading")) || (data22 === "applying")) || (data22 === "linking")) || (data22 === "evaluating")) || (data22 === "held")) || (data22 === "done")) || (data22 === "failed"))){
validate20.errors = [{instancePath:instancePath+"/importStatus/status",schemaPath:"#/$defs/ImportStatus/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.receivedAt !== undefined){
const _errs51 = errors;
if(typeof data17.receivedAt !== "string"){
validate20.errors = [{instancePath:instancePath+"/importStatus/receivedAt",schemaPath:"#/$defs/ImportStatus/properties/receivedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.finishedAt !== undefined){
let data24 = data17.finishedAt;
const _errs53 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate20.errors = [{instancePath:instancePath+"/importStatus/finishedAt",schemaPath:"#/$defs/ImportStatus/properties/finishedAt/type",keyword:"type",params:{type: schema36.properties.finishedAt.type},message:"must be string,null"}];
return false;
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.recordsRead !== undefined){
let data25 = data17.recordsRead;
const _errs55 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/recordsRead",schemaPath:"#/$defs/ImportStatus/properties/recordsRead/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.accepted !== undefined){
let data26 = data17.accepted;
const _errs57 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/accepted",schemaPath:"#/$defs/ImportStatus/properties/accepted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs57 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.rejected !== undefined){
let data27 = data17.rejected;
const _errs59 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/rejected",schemaPath:"#/$defs/ImportStatus/properties/rejected/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.changed !== undefined){
let data28 = data17.changed;
const _errs61 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/changed",schemaPath:"#/$defs/ImportStatus/properties/changed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs61 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.unchanged !== undefined){
let data29 = data17.unchanged;
const _errs63 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/unchanged",schemaPath:"#/$defs/ImportStatus/properties/unchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs63 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.signalsChanged !== undefined){
let data30 = data17.signalsChanged;
const _errs65 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/signalsChanged",schemaPath:"#/$defs/ImportStatus/properties/signalsChanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs65 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.error !== undefined){
let data31 = data17.error;
const _errs67 = errors;
const _errs68 = errors;
let valid11 = false;
let passing0 = null;
const _errs69 = errors;
if(data31 !== null){
const err0 = {instancePath:instancePath+"/importStatus/error",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs69 === errors;
if(_valid0){
valid11 = true;
passing0 = 0;
}
const _errs71 = errors;
if(errors === _errs71){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing2;
if(((data31.code === undefined) && (missing2 = "code")) || ((data31.message === undefined) && (missing2 = "message"))){
const err1 = {instancePath:instancePath+"/importStatus/error",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data31.code !== undefined){
let data32 = data31.code;
const _errs73 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
const err2 = {instancePath:instancePath+"/importStatus/error/code",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf/1/properties/code/type",keyword:"type",params:{type: schema36.properties.error.oneOf[1].properties.code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid12 = _errs73 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data31.message !== undefined){
let data33 = data31.message;
const _errs75 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
const err3 = {instancePath:instancePath+"/importStatus/error/message",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf/1/properties/message/type",keyword:"type",params:{type: schema36.properties.error.oneOf[1].properties.message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid12 = _errs75 === errors;
}
else {
var valid12 = true;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/importStatus/error",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs71 === errors;
if(_valid0 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid11 = true;
passing0 = 1;
var props0 = {};
props0.code = true;
props0.message = true;
}
}
if(!valid11){
const err5 = {instancePath:instancePath+"/importStatus/error",schemaPath:"#/$defs/ImportStatus/properties/error/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs67 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.identicalTo !== undefined){
let data34 = data17.identicalTo;
const _errs77 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate20.errors = [{instancePath:instancePath+"/importStatus/identicalTo",schemaPath:"#/$defs/ImportStatus/properties/identicalTo/type",keyword:"type",params:{type: schema36.properties.identicalTo.type},message:"must be string,null"}];
return false;
}
var valid10 = _errs77 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.warnings !== undefined){
let data35 = data17.warnings;
const _errs79 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/warnings",schemaPath:"#/$defs/ImportStatus/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid10 = _errs79 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data17.warningSummary !== undefined){
let data36 = data17.warningSummary;
const _errs81 = errors;
if(errors === _errs81){
if(Array.isArray(data36)){
var valid13 = true;
const len0 = data36.length;
for(let i0=0; i0<len0; i0++){
let data37 = data36[i0];
const _errs83 = errors;
if(errors === _errs83){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
let missing3;
if(((((data37.code === undefined) && (missing3 = "code")) || ((data37.field === undefined) && (missing3 = "field"))) || ((data37.value === undefined) && (missing3 = "value"))) || ((data37.count === undefined) && (missing3 = "count"))){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0,schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs85 = errors;
for(const key4 in data37){
if(!((((key4 === "code") || (key4 === "field")) || (key4 === "value")) || (key4 === "count"))){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0,schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs85 === errors){
if(data37.code !== undefined){
const _errs86 = errors;
if(typeof data37.code !== "string"){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0+"/code",schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs86 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data37.field !== undefined){
const _errs88 = errors;
if(typeof data37.field !== "string"){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0+"/field",schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs88 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data37.value !== undefined){
const _errs90 = errors;
if(typeof data37.value !== "string"){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0+"/value",schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs90 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data37.count !== undefined){
let data41 = data37.count;
const _errs92 = errors;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0+"/count",schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid14 = _errs92 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary/" + i0,schemaPath:"#/$defs/ImportStatus/properties/warningSummary/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs83 === errors;
if(!valid13){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/importStatus/warningSummary",schemaPath:"#/$defs/ImportStatus/properties/warningSummary/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs81 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/importStatus",schemaPath:"#/$defs/ImportStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboxEntry !== undefined){
let data42 = data.inboxEntry;
const _errs94 = errors;
const _errs95 = errors;
if(errors === _errs95){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
let missing4;
if((((((((((data42.id === undefined) && (missing4 = "id")) || ((data42.type === undefined) && (missing4 = "type"))) || ((data42.state === undefined) && (missing4 = "state"))) || ((data42.from === undefined) && (missing4 = "from"))) || ((data42.deadline === undefined) && (missing4 = "deadline"))) || ((data42.recipient === undefined) && (missing4 = "recipient"))) || ((data42.person === undefined) && (missing4 = "person"))) || ((data42.createdAt === undefined) && (missing4 = "createdAt"))) || ((data42.updatedAt === undefined) && (missing4 = "updatedAt"))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry",schemaPath:"#/$defs/InboxEntry/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data42.id !== undefined){
let data43 = data42.id;
const _errs97 = errors;
if(errors === _errs97){
if(typeof data43 === "string"){
if(!pattern8.test(data43)){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/id",schemaPath:"#/$defs/InboxEntry/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxEntry/id",schemaPath:"#/$defs/InboxEntry/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs97 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.type !== undefined){
const _errs99 = errors;
if(typeof data42.type !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/type",schemaPath:"#/$defs/InboxEntry/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs99 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.state !== undefined){
let data45 = data42.state;
const _errs101 = errors;
if(!((((data45 === "open") || (data45 === "acknowledged")) || (data45 === "done")) || (data45 === "withdrawn"))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/state",schemaPath:"#/$defs/InboxEntry/properties/state/enum",keyword:"enum",params:{allowedValues: schema37.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs101 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.from !== undefined){
let data46 = data42.from;
const _errs102 = errors;
if(errors === _errs102){
if(errors === _errs102){
if(typeof data46 === "string"){
if(!(formats0.validate(data46))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/from",schemaPath:"#/$defs/InboxEntry/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxEntry/from",schemaPath:"#/$defs/InboxEntry/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid16 = _errs102 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.deadline !== undefined){
let data47 = data42.deadline;
const _errs104 = errors;
if((typeof data47 !== "string") && (data47 !== null)){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/deadline",schemaPath:"#/$defs/InboxEntry/properties/deadline/type",keyword:"type",params:{type: schema37.properties.deadline.type},message:"must be string,null"}];
return false;
}
if(errors === _errs104){
if(errors === _errs104){
if(typeof data47 === "string"){
if(!(formats0.validate(data47))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/deadline",schemaPath:"#/$defs/InboxEntry/properties/deadline/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
}
}
var valid16 = _errs104 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.recipient !== undefined){
let data48 = data42.recipient;
const _errs106 = errors;
if(errors === _errs106){
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
let missing5;
if(((data48.role === undefined) && (missing5 = "role")) || ((data48.id === undefined) && (missing5 = "id"))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/recipient",schemaPath:"#/$defs/InboxEntry/properties/recipient/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data48.role !== undefined){
const _errs108 = errors;
if(typeof data48.role !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/recipient/role",schemaPath:"#/$defs/InboxEntry/properties/recipient/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs108 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data48.id !== undefined){
const _errs110 = errors;
if(typeof data48.id !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/recipient/id",schemaPath:"#/$defs/InboxEntry/properties/recipient/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs110 === errors;
}
else {
var valid17 = true;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxEntry/recipient",schemaPath:"#/$defs/InboxEntry/properties/recipient/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs106 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.person !== undefined){
let data51 = data42.person;
const _errs112 = errors;
if(errors === _errs112){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing6;
if(((((data51.kimId === undefined) && (missing6 = "kimId")) || ((data51.azr === undefined) && (missing6 = "azr"))) || ((data51.familyName === undefined) && (missing6 = "familyName"))) || ((data51.givenNames === undefined) && (missing6 = "givenNames"))){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person",schemaPath:"#/$defs/InboxEntry/properties/person/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data51.kimId !== undefined){
const _errs114 = errors;
if(typeof data51.kimId !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person/kimId",schemaPath:"#/$defs/InboxEntry/properties/person/properties/kimId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid18 = _errs114 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data51.azr !== undefined){
let data53 = data51.azr;
const _errs116 = errors;
if((typeof data53 !== "string") && (data53 !== null)){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person/azr",schemaPath:"#/$defs/InboxEntry/properties/person/properties/azr/type",keyword:"type",params:{type: schema37.properties.person.properties.azr.type},message:"must be string,null"}];
return false;
}
var valid18 = _errs116 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data51.familyName !== undefined){
let data54 = data51.familyName;
const _errs118 = errors;
if((typeof data54 !== "string") && (data54 !== null)){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person/familyName",schemaPath:"#/$defs/InboxEntry/properties/person/properties/familyName/type",keyword:"type",params:{type: schema37.properties.person.properties.familyName.type},message:"must be string,null"}];
return false;
}
var valid18 = _errs118 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data51.givenNames !== undefined){
let data55 = data51.givenNames;
const _errs120 = errors;
if((typeof data55 !== "string") && (data55 !== null)){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person/givenNames",schemaPath:"#/$defs/InboxEntry/properties/person/properties/givenNames/type",keyword:"type",params:{type: schema37.properties.person.properties.givenNames.type},message:"must be string,null"}];
return false;
}
var valid18 = _errs120 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxEntry/person",schemaPath:"#/$defs/InboxEntry/properties/person/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs112 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.createdAt !== undefined){
const _errs122 = errors;
if(typeof data42.createdAt !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/createdAt",schemaPath:"#/$defs/InboxEntry/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs122 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data42.updatedAt !== undefined){
const _errs124 = errors;
if(typeof data42.updatedAt !== "string"){
validate20.errors = [{instancePath:instancePath+"/inboxEntry/updatedAt",schemaPath:"#/$defs/InboxEntry/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs124 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/inboxEntry",schemaPath:"#/$defs/InboxEntry/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs94 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboxDetail !== undefined){
const _errs126 = errors;
if(!(validate21(data.inboxDetail, {instancePath:instancePath+"/inboxDetail",parentData:data,parentDataProperty:"inboxDetail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs126 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quarantineEntry !== undefined){
let data59 = data.quarantineEntry;
const _errs127 = errors;
const _errs128 = errors;
if(errors === _errs128){
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
let missing7;
if((((((((((((data59.id === undefined) && (missing7 = "id")) || ((data59.kind === undefined) && (missing7 = "kind"))) || ((data59.importId === undefined) && (missing7 = "importId"))) || ((data59.source === undefined) && (missing7 = "source"))) || ((data59.file === undefined) && (missing7 = "file"))) || ((data59.position === undefined) && (missing7 = "position"))) || ((data59.field === undefined) && (missing7 = "field"))) || ((data59.code === undefined) && (missing7 = "code"))) || ((data59.reason === undefined) && (missing7 = "reason"))) || ((data59.createdAt === undefined) && (missing7 = "createdAt"))) || ((data59.replayedIn === undefined) && (missing7 = "replayedIn"))){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry",schemaPath:"#/$defs/QuarantineEntry/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data59.id !== undefined){
const _errs130 = errors;
if(typeof data59.id !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/id",schemaPath:"#/$defs/QuarantineEntry/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs130 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.kind !== undefined){
let data61 = data59.kind;
const _errs132 = errors;
if(!((data61 === "rejection") || (data61 === "warning"))){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/kind",schemaPath:"#/$defs/QuarantineEntry/properties/kind/enum",keyword:"enum",params:{allowedValues: schema40.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs132 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.importId !== undefined){
let data62 = data59.importId;
const _errs133 = errors;
if(errors === _errs133){
if(errors === _errs133){
if(typeof data62 === "string"){
if(!(formats4.test(data62))){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/importId",schemaPath:"#/$defs/QuarantineEntry/properties/importId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/importId",schemaPath:"#/$defs/QuarantineEntry/properties/importId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid20 = _errs133 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.source !== undefined){
const _errs135 = errors;
if(typeof data59.source !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/source",schemaPath:"#/$defs/QuarantineEntry/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs135 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.file !== undefined){
const _errs137 = errors;
if(typeof data59.file !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/file",schemaPath:"#/$defs/QuarantineEntry/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs137 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.position !== undefined){
let data65 = data59.position;
const _errs139 = errors;
if(!(data65 && typeof data65 == "object" && !Array.isArray(data65))){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/position",schemaPath:"#/$defs/QuarantineEntry/properties/position/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid20 = _errs139 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.recordId !== undefined){
let data66 = data59.recordId;
const _errs141 = errors;
if((typeof data66 !== "string") && (data66 !== null)){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/recordId",schemaPath:"#/$defs/QuarantineEntry/properties/recordId/type",keyword:"type",params:{type: schema40.properties.recordId.type},message:"must be string,null"}];
return false;
}
var valid20 = _errs141 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.field !== undefined){
let data67 = data59.field;
const _errs143 = errors;
if((typeof data67 !== "string") && (data67 !== null)){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/field",schemaPath:"#/$defs/QuarantineEntry/properties/field/type",keyword:"type",params:{type: schema40.properties.field.type},message:"must be string,null"}];
return false;
}
var valid20 = _errs143 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.code !== undefined){
const _errs145 = errors;
if(typeof data59.code !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/code",schemaPath:"#/$defs/QuarantineEntry/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs145 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.reason !== undefined){
const _errs147 = errors;
if(typeof data59.reason !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/reason",schemaPath:"#/$defs/QuarantineEntry/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs147 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.createdAt !== undefined){
const _errs149 = errors;
if(typeof data59.createdAt !== "string"){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/createdAt",schemaPath:"#/$defs/QuarantineEntry/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs149 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.replayedIn !== undefined){
let data71 = data59.replayedIn;
const _errs151 = errors;
if((typeof data71 !== "string") && (data71 !== null)){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/replayedIn",schemaPath:"#/$defs/QuarantineEntry/properties/replayedIn/type",keyword:"type",params:{type: schema40.properties.replayedIn.type},message:"must be string,null"}];
return false;
}
var valid20 = _errs151 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data59.value !== undefined){
let data72 = data59.value;
const _errs153 = errors;
if((typeof data72 !== "string") && (data72 !== null)){
validate20.errors = [{instancePath:instancePath+"/quarantineEntry/value",schemaPath:"#/$defs/QuarantineEntry/properties/value/type",keyword:"type",params:{type: schema40.properties.value.type},message:"must be string,null"}];
return false;
}
var valid20 = _errs153 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/quarantineEntry",schemaPath:"#/$defs/QuarantineEntry/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs127 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backlogQuery !== undefined){
let data73 = data.backlogQuery;
const _errs155 = errors;
const _errs156 = errors;
if(errors === _errs156){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
const _errs158 = errors;
for(const key5 in data73){
if(!((((((key5 === "order") || (key5 === "team")) || (key5 === "missingDocument")) || (key5 === "readiness")) || (key5 === "overdue")) || (key5 === "format"))){
validate20.errors = [{instancePath:instancePath+"/backlogQuery",schemaPath:"#/$defs/BacklogQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs158 === errors){
if(data73.order !== undefined){
let data74 = data73.order;
const _errs159 = errors;
if(!((data74 === "oldest") || (data74 === "ready_first"))){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/order",schemaPath:"#/$defs/BacklogQuery/properties/order/enum",keyword:"enum",params:{allowedValues: schema41.properties.order.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs159 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data73.team !== undefined){
let data75 = data73.team;
const _errs160 = errors;
if(errors === _errs160){
if(typeof data75 === "string"){
if(func2(data75) > 100){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/team",schemaPath:"#/$defs/BacklogQuery/properties/team/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/backlogQuery/team",schemaPath:"#/$defs/BacklogQuery/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs160 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data73.missingDocument !== undefined){
let data76 = data73.missingDocument;
const _errs162 = errors;
if(errors === _errs162){
if(typeof data76 === "string"){
if(func2(data76) > 100){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/missingDocument",schemaPath:"#/$defs/BacklogQuery/properties/missingDocument/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/backlogQuery/missingDocument",schemaPath:"#/$defs/BacklogQuery/properties/missingDocument/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs162 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data73.readiness !== undefined){
let data77 = data73.readiness;
const _errs164 = errors;
if(!((((data77 === "ready") || (data77 === "missing")) || (data77 === "not_yet")) || (data77 === "blocked"))){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/readiness",schemaPath:"#/$defs/BacklogQuery/properties/readiness/enum",keyword:"enum",params:{allowedValues: schema41.properties.readiness.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs164 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data73.overdue !== undefined){
let data78 = data73.overdue;
const _errs165 = errors;
if(!((data78 === "true") || (data78 === "false"))){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/overdue",schemaPath:"#/$defs/BacklogQuery/properties/overdue/enum",keyword:"enum",params:{allowedValues: schema41.properties.overdue.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs165 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data73.format !== undefined){
let data79 = data73.format;
const _errs166 = errors;
if(!(((data79 === "json") || (data79 === "csv")) || (data79 === "xlsx"))){
validate20.errors = [{instancePath:instancePath+"/backlogQuery/format",schemaPath:"#/$defs/BacklogQuery/properties/format/enum",keyword:"enum",params:{allowedValues: schema41.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs166 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/backlogQuery",schemaPath:"#/$defs/BacklogQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs155 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reportQuery !== undefined){
let data80 = data.reportQuery;
const _errs167 = errors;
const _errs168 = errors;
if(errors === _errs168){
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
const _errs170 = errors;
for(const key6 in data80){
if(!(((key6 === "from") || (key6 === "to")) || (key6 === "format"))){
validate20.errors = [{instancePath:instancePath+"/reportQuery",schemaPath:"#/$defs/ReportQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs170 === errors){
if(data80.from !== undefined){
let data81 = data80.from;
const _errs171 = errors;
if(errors === _errs171){
if(typeof data81 === "string"){
if(!pattern10.test(data81)){
validate20.errors = [{instancePath:instancePath+"/reportQuery/from",schemaPath:"#/$defs/ReportQuery/properties/from/pattern",keyword:"pattern",params:{pattern: "^20\\d{2}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^20\\d{2}-(0[1-9]|1[0-2])$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/reportQuery/from",schemaPath:"#/$defs/ReportQuery/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs171 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data80.to !== undefined){
let data82 = data80.to;
const _errs173 = errors;
if(errors === _errs173){
if(typeof data82 === "string"){
if(!pattern10.test(data82)){
validate20.errors = [{instancePath:instancePath+"/reportQuery/to",schemaPath:"#/$defs/ReportQuery/properties/to/pattern",keyword:"pattern",params:{pattern: "^20\\d{2}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^20\\d{2}-(0[1-9]|1[0-2])$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/reportQuery/to",schemaPath:"#/$defs/ReportQuery/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs173 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data80.format !== undefined){
let data83 = data80.format;
const _errs175 = errors;
if(!((data83 === "json") || (data83 === "csv"))){
validate20.errors = [{instancePath:instancePath+"/reportQuery/format",schemaPath:"#/$defs/ReportQuery/properties/format/enum",keyword:"enum",params:{allowedValues: schema42.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid24 = _errs175 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/reportQuery",schemaPath:"#/$defs/ReportQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs167 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outreachQuery !== undefined){
let data84 = data.outreachQuery;
const _errs176 = errors;
const _errs177 = errors;
if(errors === _errs177){
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
const _errs179 = errors;
for(const key7 in data84){
if(!(key7 === "format")){
validate20.errors = [{instancePath:instancePath+"/outreachQuery",schemaPath:"#/$defs/OutreachQuery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs179 === errors){
if(data84.format !== undefined){
let data85 = data84.format;
if(!((data85 === "json") || (data85 === "csv"))){
validate20.errors = [{instancePath:instancePath+"/outreachQuery/format",schemaPath:"#/$defs/OutreachQuery/properties/format/enum",keyword:"enum",params:{allowedValues: schema43.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/outreachQuery",schemaPath:"#/$defs/OutreachQuery/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs176 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const common = validate23;
const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/common.schema.json","title":"KIM common definitions","description":"Value types shared by every KIM schema.","$defs":{"KimDate":{"description":"A calendar date YYYY-MM-DD. Month and/or day may be 00 when the source does not know them (partial date); such dates are kept, never completed by invention.","type":"string","pattern":"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$","title":"KimDate","format":"kim-date"},"IsoDate":{"description":"A complete calendar date YYYY-MM-DD.","type":"string","format":"date","title":"IsoDate"},"Azr":{"description":"AZR-Nummer: 12 digits, the first six the creation date of the AZR record (YYMMDD).","type":"string","pattern":"^[0-9]{12}$","title":"Azr"},"Ags":{"description":"Amtlicher Gemeindeschlüssel, 8 digits.","type":"string","pattern":"^[0-9]{8}$","title":"Ags"},"Source":{"type":"string","enum":["abh","jobcenter","sozialamt","ebb","consent","tenant"],"title":"Source"},"FactSource":{"description":"A source whose records carry facts about persons.","type":"string","enum":["abh","jobcenter","sozialamt","ebb"],"title":"FactSource"},"Category":{"description":"Fact category; also the unit of consent (DESIGN.md section 3).","type":"string","enum":["stammdaten","aufenthalt","leistungen","arbeit","bildung_sprache","straf","einbuergerung"],"title":"Category"},"Role":{"type":"string","enum":["case_manager","abh_b3","ebb_b3","coordinator","it_admin"],"title":"Role"},"Position":{"description":"Where a record stands in its file: 1-based line of its start, and for XML the 1-based index of the record element.","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"element":{"type":"integer","minimum":1}},"title":"Position"},"LegalBasis":{"description":"A legal basis parsed from the free text a clerk typed, e.g. '§25 II 1 1.Alt. AufenthG' → AufenthG § 25 Abs. 2 Satz 1 Alt. 1.","type":"object","additionalProperties":false,"required":["law","paragraph"],"properties":{"law":{"type":"string","description":"Abbreviation of the statute, e.g. AufenthG, AsylG, AsylbLG, StAG."},"paragraph":{"type":"string","description":"Paragraph number with letter suffix, e.g. '25', '60a', '104c'."},"absatz":{"type":"integer","minimum":1},"satz":{"type":"integer","minimum":1},"nummer":{"type":"integer","minimum":1},"alternative":{"type":"integer","minimum":1}},"title":"LegalBasis"},"Unrecognised":{"description":"Values outside a code list the hub knows (a nationality key, a status kind, an employment extent, a legal basis it cannot read), kept as delivered and flagged (open world): the typed field beside it is null, and every rule that needs the value says needs_review naming it. Each entry is also an import warning.","type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["code","field","sourceField","value"],"properties":{"code":{"type":"string","pattern":"^KIM_WARN_[A-Z_]+$","description":"The warning's code in the error registry."},"field":{"type":"string","description":"The KIM field the value was meant for (e.g. status, nationalities, extent)."},"sourceField":{"type":"string","description":"The field as the export names it (e.g. aufenthalt/status[1]/@art)."},"value":{"type":"string","maxLength":200,"description":"The value as delivered (cut at 200 characters)."}}},"title":"Unrecognised"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/common.schema.json" */;
validate23.errors = null;
return true;
}
validate23.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const consent = validate24;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/consent.schema.json","title":"Consent","description":"A person's consent (Einwilligung) to data flows (DESIGN.md section 4). The consent adapter yields one per scope line; lines with the same consentId are merged.","type":"object","additionalProperties":false,"required":["type","consentId","person","givenOn","validUntil","withdrawnOn","evidence","caseManager","scope","position","contentHash"],"properties":{"type":{"const":"consent"},"consentId":{"type":"string"},"person":{"type":"object","additionalProperties":false,"required":["azr","kiAktenzeichen","familyName","givenNames","nameKey","birthDate"],"properties":{"azr":{"oneOf":[{"$ref":"common.schema.json#/$defs/Azr"},{"type":"null"}]},"kiAktenzeichen":{"type":["string","null"]},"familyName":{"type":"string"},"givenNames":{"type":"string"},"nameKey":{"$ref":"person-identity.schema.json#/properties/nameKey"},"birthDate":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]}},"title":"ConsentPerson"},"givenOn":{"$ref":"common.schema.json#/$defs/IsoDate"},"validUntil":{"oneOf":[{"$ref":"common.schema.json#/$defs/IsoDate"},{"type":"null"}],"description":"Last day on which the consent is valid; null = no end date."},"withdrawnOn":{"oneOf":[{"$ref":"common.schema.json#/$defs/IsoDate"},{"type":"null"}],"description":"Day the withdrawal took effect; from this day on the consent allows nothing."},"evidence":{"type":"string","description":"Where the signed form is filed: a reference, never the document."},"caseManager":{"type":["string","null"],"description":"User id of the case manager the person is assigned to (fallmanager)."},"scope":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["sources","categories","recipients","purpose"],"properties":{"sources":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/FactSource"}},"categories":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/Category"}},"recipients":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/Role"}},"purpose":{"type":"string"}},"title":"ConsentScope"}},"position":{"$ref":"common.schema.json#/$defs/Position"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
const schema46 = {"description":"AZR-Nummer: 12 digits, the first six the creation date of the AZR record (YYMMDD).","type":"string","pattern":"^[0-9]{12}$","title":"Azr"};
const schema53 = {"description":"Names folded for matching: diacritics removed (Ş→s, ü→ue, ß→ss), lower case, hyphens and repeated spaces → single space.","type":"object","additionalProperties":false,"required":["family","given"],"properties":{"family":{"type":"string"},"given":{"type":"string"}},"title":"NameKey"};
const schema50 = {"description":"A calendar date YYYY-MM-DD. Month and/or day may be 00 when the source does not know them (partial date); such dates are kept, never completed by invention.","type":"string","pattern":"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$","title":"KimDate","format":"kim-date"};
const schema55 = {"description":"A complete calendar date YYYY-MM-DD.","type":"string","format":"date","title":"IsoDate"};
const schema58 = {"description":"A source whose records carry facts about persons.","type":"string","enum":["abh","jobcenter","sozialamt","ebb"],"title":"FactSource"};
const schema59 = {"description":"Fact category; also the unit of consent (DESIGN.md section 3).","type":"string","enum":["stammdaten","aufenthalt","leistungen","arbeit","bildung_sprache","straf","einbuergerung"],"title":"Category"};
const schema60 = {"type":"string","enum":["case_manager","abh_b3","ebb_b3","coordinator","it_admin"],"title":"Role"};
const schema61 = {"description":"Where a record stands in its file: 1-based line of its start, and for XML the 1-based index of the record element.","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"element":{"type":"integer","minimum":1}},"title":"Position"};
const pattern12 = new RegExp("^[0-9]{12}$", "u");
const pattern14 = new RegExp("^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$", "u");
const pattern20 = new RegExp("^[0-9a-f]{64}$", "u");
const formats18 = formats["kim-date"];

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/consent.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.type === undefined) && (missing0 = "type")) || ((data.consentId === undefined) && (missing0 = "consentId"))) || ((data.person === undefined) && (missing0 = "person"))) || ((data.givenOn === undefined) && (missing0 = "givenOn"))) || ((data.validUntil === undefined) && (missing0 = "validUntil"))) || ((data.withdrawnOn === undefined) && (missing0 = "withdrawnOn"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.caseManager === undefined) && (missing0 = "caseManager"))) || ((data.scope === undefined) && (missing0 = "scope"))) || ((data.position === undefined) && (missing0 = "position"))) || ((data.contentHash === undefined) && (missing0 = "contentHash"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("consent" !== data.type){
validate24.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "consent"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.consentId !== undefined){
const _errs3 = errors;
if(typeof data.consentId !== "string"){
validate24.errors = [{instancePath:instancePath+"/consentId",schemaPath:"#/properties/consentId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.person !== undefined){
let data2 = data.person;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((data2.azr === undefined) && (missing1 = "azr")) || ((data2.kiAktenzeichen === undefined) && (missing1 = "kiAktenzeichen"))) || ((data2.familyName === undefined) && (missing1 = "familyName"))) || ((data2.givenNames === undefined) && (missing1 = "givenNames"))) || ((data2.nameKey === undefined) && (missing1 = "nameKey"))) || ((data2.birthDate === undefined) && (missing1 = "birthDate"))){
validate24.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((((((key1 === "azr") || (key1 === "kiAktenzeichen")) || (key1 === "familyName")) || (key1 === "givenNames")) || (key1 === "nameKey")) || (key1 === "birthDate"))){
validate24.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.azr !== undefined){
let data3 = data2.azr;
const _errs8 = errors;
const _errs9 = errors;
let valid2 = false;
let passing0 = null;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err0 = {instancePath:instancePath+"/person/azr",schemaPath:"common.schema.json#/$defs/Azr/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/person/azr",schemaPath:"common.schema.json#/$defs/Azr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data3 !== null){
const err2 = {instancePath:instancePath+"/person/azr",schemaPath:"#/properties/person/properties/azr/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err3 = {instancePath:instancePath+"/person/azr",schemaPath:"#/properties/person/properties/azr/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.kiAktenzeichen !== undefined){
let data4 = data2.kiAktenzeichen;
const _errs15 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate24.errors = [{instancePath:instancePath+"/person/kiAktenzeichen",schemaPath:"#/properties/person/properties/kiAktenzeichen/type",keyword:"type",params:{type: schema45.properties.person.properties.kiAktenzeichen.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.familyName !== undefined){
const _errs17 = errors;
if(typeof data2.familyName !== "string"){
validate24.errors = [{instancePath:instancePath+"/person/familyName",schemaPath:"#/properties/person/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.givenNames !== undefined){
const _errs19 = errors;
if(typeof data2.givenNames !== "string"){
validate24.errors = [{instancePath:instancePath+"/person/givenNames",schemaPath:"#/properties/person/properties/givenNames/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.nameKey !== undefined){
let data7 = data2.nameKey;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.family === undefined) && (missing2 = "family")) || ((data7.given === undefined) && (missing2 = "given"))){
validate24.errors = [{instancePath:instancePath+"/person/nameKey",schemaPath:"person-identity.schema.json#/properties/nameKey/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key2 in data7){
if(!((key2 === "family") || (key2 === "given"))){
validate24.errors = [{instancePath:instancePath+"/person/nameKey",schemaPath:"person-identity.schema.json#/properties/nameKey/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data7.family !== undefined){
const _errs25 = errors;
if(typeof data7.family !== "string"){
validate24.errors = [{instancePath:instancePath+"/person/nameKey/family",schemaPath:"person-identity.schema.json#/properties/nameKey/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.given !== undefined){
const _errs27 = errors;
if(typeof data7.given !== "string"){
validate24.errors = [{instancePath:instancePath+"/person/nameKey/given",schemaPath:"person-identity.schema.json#/properties/nameKey/properties/given/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/person/nameKey",schemaPath:"person-identity.schema.json#/properties/nameKey/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.birthDate !== undefined){
let data10 = data2.birthDate;
const _errs29 = errors;
const _errs30 = errors;
let valid6 = false;
let passing1 = null;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(errors === _errs32){
if(typeof data10 === "string"){
if(!pattern14.test(data10)){
const err4 = {instancePath:instancePath+"/person/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(!(formats18.validate(data10))){
const err5 = {instancePath:instancePath+"/person/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/person/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid1 = _errs31 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs34 = errors;
if(data10 !== null){
const err7 = {instancePath:instancePath+"/person/birthDate",schemaPath:"#/properties/person/properties/birthDate/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err8 = {instancePath:instancePath+"/person/birthDate",schemaPath:"#/properties/person/properties/birthDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.givenOn !== undefined){
let data11 = data.givenOn;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(errors === _errs37){
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
validate24.errors = [{instancePath:instancePath+"/givenOn",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/givenOn",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validUntil !== undefined){
let data12 = data.validUntil;
const _errs39 = errors;
const _errs40 = errors;
let valid9 = false;
let passing2 = null;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(errors === _errs42){
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err9 = {instancePath:instancePath+"/validUntil",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/validUntil",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid2 = _errs41 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs44 = errors;
if(data12 !== null){
const err11 = {instancePath:instancePath+"/validUntil",schemaPath:"#/properties/validUntil/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs44 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err12 = {instancePath:instancePath+"/validUntil",schemaPath:"#/properties/validUntil/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.withdrawnOn !== undefined){
let data13 = data.withdrawnOn;
const _errs46 = errors;
const _errs47 = errors;
let valid11 = false;
let passing3 = null;
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(errors === _errs49){
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err13 = {instancePath:instancePath+"/withdrawnOn",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/withdrawnOn",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid3 = _errs48 === errors;
if(_valid3){
valid11 = true;
passing3 = 0;
}
const _errs51 = errors;
if(data13 !== null){
const err15 = {instancePath:instancePath+"/withdrawnOn",schemaPath:"#/properties/withdrawnOn/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs51 === errors;
if(_valid3 && valid11){
valid11 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid11 = true;
passing3 = 1;
}
}
if(!valid11){
const err16 = {instancePath:instancePath+"/withdrawnOn",schemaPath:"#/properties/withdrawnOn/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
const _errs53 = errors;
if(typeof data.evidence !== "string"){
validate24.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caseManager !== undefined){
let data15 = data.caseManager;
const _errs55 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate24.errors = [{instancePath:instancePath+"/caseManager",schemaPath:"#/properties/caseManager/type",keyword:"type",params:{type: schema45.properties.caseManager.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
let data16 = data.scope;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data16)){
if(data16.length < 1){
validate24.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid13 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs59 = errors;
if(errors === _errs59){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing3;
if(((((data17.sources === undefined) && (missing3 = "sources")) || ((data17.categories === undefined) && (missing3 = "categories"))) || ((data17.recipients === undefined) && (missing3 = "recipients"))) || ((data17.purpose === undefined) && (missing3 = "purpose"))){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"#/properties/scope/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs61 = errors;
for(const key3 in data17){
if(!((((key3 === "sources") || (key3 === "categories")) || (key3 === "recipients")) || (key3 === "purpose"))){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"#/properties/scope/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs61 === errors){
if(data17.sources !== undefined){
let data18 = data17.sources;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data18)){
if(data18.length < 1){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/sources",schemaPath:"#/properties/scope/items/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid15 = true;
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
const _errs64 = errors;
if(typeof data19 !== "string"){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/sources/" + i1,schemaPath:"common.schema.json#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data19 === "abh") || (data19 === "jobcenter")) || (data19 === "sozialamt")) || (data19 === "ebb"))){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/sources/" + i1,schemaPath:"common.schema.json#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs64 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/sources",schemaPath:"#/properties/scope/items/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data17.categories !== undefined){
let data20 = data17.categories;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data20)){
if(data20.length < 1){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/categories",schemaPath:"#/properties/scope/items/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
const _errs69 = errors;
if(typeof data21 !== "string"){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/categories/" + i2,schemaPath:"common.schema.json#/$defs/Category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data21 === "stammdaten") || (data21 === "aufenthalt")) || (data21 === "leistungen")) || (data21 === "arbeit")) || (data21 === "bildung_sprache")) || (data21 === "straf")) || (data21 === "einbuergerung"))){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/categories/" + i2,schemaPath:"common.schema.json#/$defs/Category/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs69 === errors;
if(!valid17){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/categories",schemaPath:"#/properties/scope/items/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data17.recipients !== undefined){
let data22 = data17.recipients;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data22)){
if(data22.length < 1){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/recipients",schemaPath:"#/properties/scope/items/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
const _errs74 = errors;
if(typeof data23 !== "string"){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/Role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data23 === "case_manager") || (data23 === "abh_b3")) || (data23 === "ebb_b3")) || (data23 === "coordinator")) || (data23 === "it_admin"))){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/recipients/" + i3,schemaPath:"common.schema.json#/$defs/Role/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid19 = _errs74 === errors;
if(!valid19){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/recipients",schemaPath:"#/properties/scope/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs72 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data17.purpose !== undefined){
const _errs77 = errors;
if(typeof data17.purpose !== "string"){
validate24.errors = [{instancePath:instancePath+"/scope/" + i0+"/purpose",schemaPath:"#/properties/scope/items/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs77 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/scope/" + i0,schemaPath:"#/properties/scope/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs59 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
let data25 = data.position;
const _errs79 = errors;
const _errs80 = errors;
if(errors === _errs80){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing4;
if((data25.file === undefined) && (missing4 = "file")){
validate24.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs82 = errors;
for(const key4 in data25){
if(!(((key4 === "file") || (key4 === "line")) || (key4 === "element"))){
validate24.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs82 === errors){
if(data25.file !== undefined){
const _errs83 = errors;
if(typeof data25.file !== "string"){
validate24.errors = [{instancePath:instancePath+"/position/file",schemaPath:"common.schema.json#/$defs/Position/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs83 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data25.line !== undefined){
let data27 = data25.line;
const _errs85 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate24.errors = [{instancePath:instancePath+"/position/line",schemaPath:"common.schema.json#/$defs/Position/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs85){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
validate24.errors = [{instancePath:instancePath+"/position/line",schemaPath:"common.schema.json#/$defs/Position/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid22 = _errs85 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data25.element !== undefined){
let data28 = data25.element;
const _errs87 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate24.errors = [{instancePath:instancePath+"/position/element",schemaPath:"common.schema.json#/$defs/Position/properties/element/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs87){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
validate24.errors = [{instancePath:instancePath+"/position/element",schemaPath:"common.schema.json#/$defs/Position/properties/element/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid22 = _errs87 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs79 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contentHash !== undefined){
let data29 = data.contentHash;
const _errs89 = errors;
if(errors === _errs89){
if(typeof data29 === "string"){
if(!pattern20.test(data29)){
validate24.errors = [{instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const dryRunOutput = validate28;
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/dry-run-output.schema.json","title":"DryRunOutput","description":"What `kim-hub dry-run --format json` prints: the signals the hub would raise for a set of exports as of a Stichtag, the linkage cases for human review, and every rejected record.","type":"object","additionalProperties":false,"required":["stichtag","signals","review","rejected","warnings"],"properties":{"stichtag":{"$ref":"common.schema.json#/$defs/IsoDate"},"signals":{"type":"array","items":{"$ref":"#/$defs/OutputSignal"}},"review":{"type":"array","items":{"title":"OutputReviewCase","type":"object","additionalProperties":false,"required":["code","reason","records"],"properties":{"code":{"type":"string"},"reason":{"type":"string"},"records":{"type":"array","items":{"title":"RecordRef","type":"object","additionalProperties":false,"required":["source","sourceRecordId"],"properties":{"source":{"type":"string"},"sourceRecordId":{"type":"string"}}}}}}},"rejected":{"type":"array","items":{"title":"OutputRejection","type":"object","additionalProperties":false,"required":["file","record","reason","code"],"properties":{"file":{"type":"string"},"record":{"type":"string","description":"Where in the file: 'line 17' or 'element 3', with the record id when it could be read."},"reason":{"type":"string","description":"The problem, naming the field; without the offending value."},"code":{"type":"string"}}}},"warnings":{"description":"Values outside code lists in accepted records (open world): the records are kept and evaluated; conditions that depend on a value are needs_review naming it.","type":"array","items":{"title":"OutputWarning","type":"object","additionalProperties":false,"required":["file","record","field","value","code"],"properties":{"file":{"type":"string"},"record":{"type":"string","description":"Where in the file: 'line 17' or 'element 3', with the record id."},"field":{"type":"string","description":"The field as the export names it."},"value":{"type":"string","description":"The value as delivered."},"code":{"type":"string"}}}}},"$defs":{"OutputSignal":{"type":"object","additionalProperties":false,"required":["type","person","recipient","from","lawVersion","conditions","explanation"],"properties":{"type":{"type":"string","enum":["p25a.eligible","p25a.upcoming","p25a.age_deadline","p25b.eligible","p25b.upcoming","stag10.eligible","stag10.upcoming","p104c.expiring","status.expiring","rechtskreis.gap","backlog.overdue"]},"person":{"title":"OutputPersonRef","type":"object","additionalProperties":false,"required":["kimId","azr"],"properties":{"kimId":{"type":"string"},"azr":{"type":["string","null"]}}},"recipient":{"title":"OutputRecipient","type":"object","additionalProperties":false,"required":["role","id"],"properties":{"role":{"$ref":"common.schema.json#/$defs/Role"},"id":{"type":"string","description":"The case manager's user id, or the authority id for abh_b3 and ebb_b3."}}},"from":{"$ref":"common.schema.json#/$defs/IsoDate","description":"The date from which the signal holds."},"deadline":{"$ref":"common.schema.json#/$defs/IsoDate"},"lawVersion":{"type":"string"},"explanation":{"type":"string"},"conditions":{"type":"array","items":{"title":"OutputCondition","type":"object","additionalProperties":false,"required":["id","outcome","citation","explanation"],"properties":{"id":{"type":"string"},"outcome":{"type":"string","enum":["met","not_met","unknown","needs_review"]},"citation":{"type":"string"},"explanation":{"type":"string"},"metFrom":{"$ref":"common.schema.json#/$defs/IsoDate"},"review":{"type":"array","items":{"type":"string"}}}}}}}}};
const schema64 = {"type":"object","additionalProperties":false,"required":["type","person","recipient","from","lawVersion","conditions","explanation"],"properties":{"type":{"type":"string","enum":["p25a.eligible","p25a.upcoming","p25a.age_deadline","p25b.eligible","p25b.upcoming","stag10.eligible","stag10.upcoming","p104c.expiring","status.expiring","rechtskreis.gap","backlog.overdue"]},"person":{"title":"OutputPersonRef","type":"object","additionalProperties":false,"required":["kimId","azr"],"properties":{"kimId":{"type":"string"},"azr":{"type":["string","null"]}}},"recipient":{"title":"OutputRecipient","type":"object","additionalProperties":false,"required":["role","id"],"properties":{"role":{"$ref":"common.schema.json#/$defs/Role"},"id":{"type":"string","description":"The case manager's user id, or the authority id for abh_b3 and ebb_b3."}}},"from":{"$ref":"common.schema.json#/$defs/IsoDate","description":"The date from which the signal holds."},"deadline":{"$ref":"common.schema.json#/$defs/IsoDate"},"lawVersion":{"type":"string"},"explanation":{"type":"string"},"conditions":{"type":"array","items":{"title":"OutputCondition","type":"object","additionalProperties":false,"required":["id","outcome","citation","explanation"],"properties":{"id":{"type":"string"},"outcome":{"type":"string","enum":["met","not_met","unknown","needs_review"]},"citation":{"type":"string"},"explanation":{"type":"string"},"metFrom":{"$ref":"common.schema.json#/$defs/IsoDate"},"review":{"type":"array","items":{"type":"string"}}}}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.type === undefined) && (missing0 = "type")) || ((data.person === undefined) && (missing0 = "person"))) || ((data.recipient === undefined) && (missing0 = "recipient"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.lawVersion === undefined) && (missing0 = "lawVersion"))) || ((data.conditions === undefined) && (missing0 = "conditions"))) || ((data.explanation === undefined) && (missing0 = "explanation"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "person")) || (key0 === "recipient")) || (key0 === "from")) || (key0 === "deadline")) || (key0 === "lawVersion")) || (key0 === "explanation")) || (key0 === "conditions"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data0 === "p25a.eligible") || (data0 === "p25a.upcoming")) || (data0 === "p25a.age_deadline")) || (data0 === "p25b.eligible")) || (data0 === "p25b.upcoming")) || (data0 === "stag10.eligible")) || (data0 === "stag10.upcoming")) || (data0 === "p104c.expiring")) || (data0 === "status.expiring")) || (data0 === "rechtskreis.gap")) || (data0 === "backlog.overdue"))){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema64.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.person !== undefined){
let data1 = data.person;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.kimId === undefined) && (missing1 = "kimId")) || ((data1.azr === undefined) && (missing1 = "azr"))){
validate29.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((key1 === "kimId") || (key1 === "azr"))){
validate29.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.kimId !== undefined){
const _errs7 = errors;
if(typeof data1.kimId !== "string"){
validate29.errors = [{instancePath:instancePath+"/person/kimId",schemaPath:"#/properties/person/properties/kimId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.azr !== undefined){
let data3 = data1.azr;
const _errs9 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/person/azr",schemaPath:"#/properties/person/properties/azr/type",keyword:"type",params:{type: schema64.properties.person.properties.azr.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/person",schemaPath:"#/properties/person/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recipient !== undefined){
let data4 = data.recipient;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if(((data4.role === undefined) && (missing2 = "role")) || ((data4.id === undefined) && (missing2 = "id"))){
validate29.errors = [{instancePath:instancePath+"/recipient",schemaPath:"#/properties/recipient/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key2 in data4){
if(!((key2 === "role") || (key2 === "id"))){
validate29.errors = [{instancePath:instancePath+"/recipient",schemaPath:"#/properties/recipient/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.role !== undefined){
let data5 = data4.role;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate29.errors = [{instancePath:instancePath+"/recipient/role",schemaPath:"common.schema.json#/$defs/Role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data5 === "case_manager") || (data5 === "abh_b3")) || (data5 === "ebb_b3")) || (data5 === "coordinator")) || (data5 === "it_admin"))){
validate29.errors = [{instancePath:instancePath+"/recipient/role",schemaPath:"common.schema.json#/$defs/Role/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.id !== undefined){
const _errs17 = errors;
if(typeof data4.id !== "string"){
validate29.errors = [{instancePath:instancePath+"/recipient/id",schemaPath:"#/properties/recipient/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/recipient",schemaPath:"#/properties/recipient/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data7 = data.from;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
validate29.errors = [{instancePath:instancePath+"/from",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/from",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deadline !== undefined){
let data8 = data.deadline;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
validate29.errors = [{instancePath:instancePath+"/deadline",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/deadline",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lawVersion !== undefined){
const _errs25 = errors;
if(typeof data.lawVersion !== "string"){
validate29.errors = [{instancePath:instancePath+"/lawVersion",schemaPath:"#/properties/lawVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explanation !== undefined){
const _errs27 = errors;
if(typeof data.explanation !== "string"){
validate29.errors = [{instancePath:instancePath+"/explanation",schemaPath:"#/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conditions !== undefined){
let data11 = data.conditions;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data11)){
var valid6 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
const _errs31 = errors;
if(errors === _errs31){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if(((((data12.id === undefined) && (missing3 = "id")) || ((data12.outcome === undefined) && (missing3 = "outcome"))) || ((data12.citation === undefined) && (missing3 = "citation"))) || ((data12.explanation === undefined) && (missing3 = "explanation"))){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key3 in data12){
if(!((((((key3 === "id") || (key3 === "outcome")) || (key3 === "citation")) || (key3 === "explanation")) || (key3 === "metFrom")) || (key3 === "review"))){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0,schemaPath:"#/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data12.id !== undefined){
const _errs34 = errors;
if(typeof data12.id !== "string"){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/id",schemaPath:"#/properties/conditions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.outcome !== undefined){
let data14 = data12.outcome;
const _errs36 = errors;
if(typeof data14 !== "string"){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/outcome",schemaPath:"#/properties/conditions/items/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data14 === "met") || (data14 === "not_met")) || (data14 === "unknown")) || (data14 === "needs_review"))){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/outcome",schemaPath:"#/properties/conditions/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema64.properties.conditions.items.properties.outcome.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.citation !== undefined){
const _errs38 = errors;
if(typeof data12.citation !== "string"){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/citation",schemaPath:"#/properties/conditions/items/properties/citation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.explanation !== undefined){
const _errs40 = errors;
if(typeof data12.explanation !== "string"){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/explanation",schemaPath:"#/properties/conditions/items/properties/explanation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs40 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.metFrom !== undefined){
let data17 = data12.metFrom;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/metFrom",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/metFrom",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.review !== undefined){
let data18 = data12.review;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data18)){
var valid9 = true;
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
const _errs47 = errors;
if(typeof data18[i1] !== "string"){
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/review/" + i1,schemaPath:"#/properties/conditions/items/properties/review/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs47 === errors;
if(!valid9){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0+"/review",schemaPath:"#/properties/conditions/items/properties/review/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs45 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/conditions/" + i0,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs31 === errors;
if(!valid6){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/dry-run-output.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.stichtag === undefined) && (missing0 = "stichtag")) || ((data.signals === undefined) && (missing0 = "signals"))) || ((data.review === undefined) && (missing0 = "review"))) || ((data.rejected === undefined) && (missing0 = "rejected"))) || ((data.warnings === undefined) && (missing0 = "warnings"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "stichtag") || (key0 === "signals")) || (key0 === "review")) || (key0 === "rejected")) || (key0 === "warnings"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.stichtag !== undefined){
let data0 = data.stichtag;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
validate28.errors = [{instancePath:instancePath+"/stichtag",schemaPath:"common.schema.json#/$defs/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/stichtag",schemaPath:"common.schema.json#/$defs/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signals !== undefined){
let data1 = data.signals;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate29(data1[i0], {instancePath:instancePath+"/signals/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.review !== undefined){
let data3 = data.review;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((data4.code === undefined) && (missing1 = "code")) || ((data4.reason === undefined) && (missing1 = "reason"))) || ((data4.records === undefined) && (missing1 = "records"))){
validate28.errors = [{instancePath:instancePath+"/review/" + i1,schemaPath:"#/properties/review/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data4){
if(!(((key1 === "code") || (key1 === "reason")) || (key1 === "records"))){
validate28.errors = [{instancePath:instancePath+"/review/" + i1,schemaPath:"#/properties/review/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.code !== undefined){
const _errs13 = errors;
if(typeof data4.code !== "string"){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/code",schemaPath:"#/properties/review/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.reason !== undefined){
const _errs15 = errors;
if(typeof data4.reason !== "string"){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/reason",schemaPath:"#/properties/review/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.records !== undefined){
let data7 = data4.records;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid5 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((data8.source === undefined) && (missing2 = "source")) || ((data8.sourceRecordId === undefined) && (missing2 = "sourceRecordId"))){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records/" + i2,schemaPath:"#/properties/review/items/properties/records/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key2 in data8){
if(!((key2 === "source") || (key2 === "sourceRecordId"))){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records/" + i2,schemaPath:"#/properties/review/items/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.source !== undefined){
const _errs22 = errors;
if(typeof data8.source !== "string"){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records/" + i2+"/source",schemaPath:"#/properties/review/items/properties/records/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.sourceRecordId !== undefined){
const _errs24 = errors;
if(typeof data8.sourceRecordId !== "string"){
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records/" + i2+"/sourceRecordId",schemaPath:"#/properties/review/items/properties/records/items/properties/sourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records/" + i2,schemaPath:"#/properties/review/items/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/review/" + i1+"/records",schemaPath:"#/properties/review/items/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/review/" + i1,schemaPath:"#/properties/review/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rejected !== undefined){
let data11 = data.rejected;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data11)){
var valid7 = true;
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
const _errs28 = errors;
if(errors === _errs28){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if(((((data12.file === undefined) && (missing3 = "file")) || ((data12.record === undefined) && (missing3 = "record"))) || ((data12.reason === undefined) && (missing3 = "reason"))) || ((data12.code === undefined) && (missing3 = "code"))){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3,schemaPath:"#/properties/rejected/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs30 = errors;
for(const key3 in data12){
if(!((((key3 === "file") || (key3 === "record")) || (key3 === "reason")) || (key3 === "code"))){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3,schemaPath:"#/properties/rejected/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data12.file !== undefined){
const _errs31 = errors;
if(typeof data12.file !== "string"){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3+"/file",schemaPath:"#/properties/rejected/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs31 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.record !== undefined){
const _errs33 = errors;
if(typeof data12.record !== "string"){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3+"/record",schemaPath:"#/properties/rejected/items/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs33 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.reason !== undefined){
const _errs35 = errors;
if(typeof data12.reason !== "string"){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3+"/reason",schemaPath:"#/properties/rejected/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.code !== undefined){
const _errs37 = errors;
if(typeof data12.code !== "string"){
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3+"/code",schemaPath:"#/properties/rejected/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/rejected/" + i3,schemaPath:"#/properties/rejected/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs28 === errors;
if(!valid7){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/rejected",schemaPath:"#/properties/rejected/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warnings !== undefined){
let data17 = data.warnings;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data17)){
var valid9 = true;
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
let data18 = data17[i4];
const _errs41 = errors;
if(errors === _errs41){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if((((((data18.file === undefined) && (missing4 = "file")) || ((data18.record === undefined) && (missing4 = "record"))) || ((data18.field === undefined) && (missing4 = "field"))) || ((data18.value === undefined) && (missing4 = "value"))) || ((data18.code === undefined) && (missing4 = "code"))){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4,schemaPath:"#/properties/warnings/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key4 in data18){
if(!(((((key4 === "file") || (key4 === "record")) || (key4 === "field")) || (key4 === "value")) || (key4 === "code"))){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4,schemaPath:"#/properties/warnings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data18.file !== undefined){
const _errs44 = errors;
if(typeof data18.file !== "string"){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4+"/file",schemaPath:"#/properties/warnings/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data18.record !== undefined){
const _errs46 = errors;
if(typeof data18.record !== "string"){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4+"/record",schemaPath:"#/properties/warnings/items/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data18.field !== undefined){
const _errs48 = errors;
if(typeof data18.field !== "string"){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4+"/field",schemaPath:"#/properties/warnings/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data18.value !== undefined){
const _errs50 = errors;
if(typeof data18.value !== "string"){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4+"/value",schemaPath:"#/properties/warnings/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data18.code !== undefined){
const _errs52 = errors;
if(typeof data18.code !== "string"){
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4+"/code",schemaPath:"#/properties/warnings/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs52 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/warnings/" + i4,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs41 === errors;
if(!valid9){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const fact = validate31;
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/fact.schema.json","title":"Fact","description":"One statement about a person from one source (DESIGN.md section 3). `kind` says what it states; `category` is the unit of consent.","discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/ResidenceStatusFact"},{"$ref":"#/$defs/EntryFact"},{"$ref":"#/$defs/IdentityFact"},{"$ref":"#/$defs/ResidenceApplicationFact"},{"$ref":"#/$defs/LanguageFact"},{"$ref":"#/$defs/TestFact"},{"$ref":"#/$defs/SchoolFact"},{"$ref":"#/$defs/EmploymentFact"},{"$ref":"#/$defs/BenefitFact"},{"$ref":"#/$defs/ConvictionFact"},{"$ref":"#/$defs/HouseholdMemberFact"},{"$ref":"#/$defs/HouseholdSummaryFact"},{"$ref":"#/$defs/NaturalisationApplicationFact"}],"$defs":{"FactSource":{"$ref":"common.schema.json#/$defs/FactSource"},"SourceRecordId":{"type":"string","description":"The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer)."},"ExportedAt":{"type":"string","description":"When the source exported the record (ISO date or date-time)."},"ResidenceStatusFact":{"description":"One period of a residence status (Duldung, Gestattung, Aufenthaltserlaubnis, …).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","status","legalBasis","legalBasisText","validFrom","validTo","deception"],"properties":{"kind":{"const":"residence_status"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"status":{"type":["string","null"],"enum":["gestattung","duldung","duldung_60b","aufenthaltserlaubnis","niederlassungserlaubnis","daueraufenthalt_eu","blaue_karte","fiktion",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"legalBasis":{"oneOf":[{"$ref":"common.schema.json#/$defs/LegalBasis"},{"type":"null"}],"description":"Parsed legal basis; null when the text could not be parsed (the text is kept)."},"legalBasisText":{"type":"string","description":"The legal basis as the clerk typed it."},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}],"description":"Last day of validity (inclusive); null = open."},"deception":{"type":["boolean","null"],"description":"Duldung only: true when it rests on the person's own deception about identity or nationality."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"EntryFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","date"],"properties":{"kind":{"const":"entry"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"date":{"$ref":"common.schema.json#/$defs/KimDate"},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"IdentityFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","clarified"],"properties":{"kind":{"const":"identity"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"clarified":{"type":"boolean","description":"Identity and nationality clarified (identitaetGeklaert)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"ResidenceApplicationFact":{"description":"An application for a residence title pending at the ABH.","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","legalBasis","legalBasisText","filedOn"],"properties":{"kind":{"const":"residence_application"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"legalBasis":{"oneOf":[{"$ref":"common.schema.json#/$defs/LegalBasis"},{"type":"null"}]},"legalBasisText":{"type":"string"},"filedOn":{"$ref":"common.schema.json#/$defs/KimDate"},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"LanguageFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","level","scope","date","evidence"],"properties":{"kind":{"const":"language"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"level":{"type":["string","null"],"enum":["A1","A2","B1","B2","C1","C2",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"scope":{"type":["string","null"],"enum":["muendlich","gesamt",null],"description":"muendlich = oral only; gesamt = all skills; null = not stated."},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"evidence":{"type":"string","enum":["certificate","reported"],"description":"certificate = a dated certificate; reported = a level the office noted without a certificate (Jobcenter)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"TestFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","test","passed","date"],"properties":{"kind":{"const":"test"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"test":{"type":["string","null"],"enum":["LiD","EBT",null],"description":"LiD = Leben in Deutschland; EBT = Einbürgerungstest. null: the export gave a value outside this list, kept in unrecognised."},"passed":{"type":["boolean","null"],"description":"null: the export gave a value outside yes/no, kept in unrecognised."},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"SchoolFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","validFrom","validTo","qualification"],"properties":{"kind":{"const":"school"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"qualification":{"type":["string","null"],"enum":["HSA","MSA","FHR","ABI","BERUF",null]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"EmploymentFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","validFrom","validTo","extent","monthlyIncomeCents"],"properties":{"kind":{"const":"employment"},"category":{"const":"arbeit"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"extent":{"type":["string","null"],"enum":["vollzeit","teilzeit","minijob","ausbildung",null]},"monthlyIncomeCents":{"type":["integer","null"],"minimum":0},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"BenefitFact":{"description":"A period of benefits that cover the livelihood (social data, § 35 SGB I).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","law","provision","validFrom","validTo","monthlyNeedCents"],"properties":{"kind":{"const":"benefit"},"category":{"const":"leistungen"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"law":{"type":["string","null"],"enum":["SGB II","SGB XII","AsylbLG",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"provision":{"type":["string","null"],"description":"e.g. '§ 3' (AsylbLG) or '4. Kap.' (SGB XII)."},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}],"description":"null = ongoing."},"monthlyNeedCents":{"type":["integer","null"],"minimum":0},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"ConvictionFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","date","dailyRates","prisonMonths","suspended","foreignerSpecific","racistMotive","serious"],"properties":{"kind":{"const":"conviction"},"category":{"const":"straf"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"dailyRates":{"type":["integer","null"],"minimum":0,"description":"Geldstrafe in Tagessätzen."},"prisonMonths":{"type":["number","null"],"minimum":0,"description":"Freiheitsstrafe in months."},"suspended":{"type":["boolean","null"],"description":"Freiheitsstrafe zur Bewährung ausgesetzt."},"foreignerSpecific":{"type":["boolean","null"],"description":"An offence only foreigners can commit."},"racistMotive":{"type":["boolean","null"],"description":"Racist, antisemitic or other inhuman motive."},"serious":{"type":["boolean","null"],"description":"Serious expulsion interest (§ 54 Abs. 1, Abs. 2 Nr. 1, 2 AufenthG)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"HouseholdMemberFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","relation","birthDate","azr","attendsSchool"],"properties":{"kind":{"const":"household_member"},"category":{"const":"stammdaten"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"relation":{"type":["string","null"],"enum":["kind","ehegatte","elternteil","sonstige",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"birthDate":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"azr":{"oneOf":[{"$ref":"common.schema.json#/$defs/Azr"},{"type":"null"}]},"attendsSchool":{"type":["boolean","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"HouseholdSummaryFact":{"description":"Household figures an office records without listing members (Jobcenter).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","minorChildren","singleParent"],"properties":{"kind":{"const":"household_summary"},"category":{"const":"stammdaten"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"minorChildren":{"type":["integer","null"],"minimum":0},"singleParent":{"type":["boolean","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}},"NaturalisationApplicationFact":{"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","applicationNumber","receivedOn","status","lastActivity","missingDocuments","team"],"properties":{"kind":{"const":"naturalisation_application"},"category":{"const":"einbuergerung"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"applicationNumber":{"type":"string"},"receivedOn":{"$ref":"common.schema.json#/$defs/KimDate"},"status":{"type":["string","null"],"enum":["eingegangen","in Prüfung","Unterlagen angefordert","entscheidungsreif","eingebürgert","abgelehnt","zurückgenommen",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"lastActivity":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"missingDocuments":{"type":"array","items":{"type":"string"}},"team":{"type":["string","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}}}};
const schema70 = {"description":"One period of a residence status (Duldung, Gestattung, Aufenthaltserlaubnis, …).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","status","legalBasis","legalBasisText","validFrom","validTo","deception"],"properties":{"kind":{"const":"residence_status"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"status":{"type":["string","null"],"enum":["gestattung","duldung","duldung_60b","aufenthaltserlaubnis","niederlassungserlaubnis","daueraufenthalt_eu","blaue_karte","fiktion",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"legalBasis":{"oneOf":[{"$ref":"common.schema.json#/$defs/LegalBasis"},{"type":"null"}],"description":"Parsed legal basis; null when the text could not be parsed (the text is kept)."},"legalBasisText":{"type":"string","description":"The legal basis as the clerk typed it."},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}],"description":"Last day of validity (inclusive); null = open."},"deception":{"type":["boolean","null"],"description":"Duldung only: true when it rests on the person's own deception about identity or nationality."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};
const schema72 = {"type":"string","description":"The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer)."};
const schema73 = {"type":"string","description":"When the source exported the record (ISO date or date-time)."};
const schema74 = {"description":"A legal basis parsed from the free text a clerk typed, e.g. '§25 II 1 1.Alt. AufenthG' → AufenthG § 25 Abs. 2 Satz 1 Alt. 1.","type":"object","additionalProperties":false,"required":["law","paragraph"],"properties":{"law":{"type":"string","description":"Abbreviation of the statute, e.g. AufenthG, AsylG, AsylbLG, StAG."},"paragraph":{"type":"string","description":"Paragraph number with letter suffix, e.g. '25', '60a', '104c'."},"absatz":{"type":"integer","minimum":1},"satz":{"type":"integer","minimum":1},"nummer":{"type":"integer","minimum":1},"alternative":{"type":"integer","minimum":1}},"title":"LegalBasis"};
const schema52 = {"description":"Values outside a code list the hub knows (a nationality key, a status kind, an employment extent, a legal basis it cannot read), kept as delivered and flagged (open world): the typed field beside it is null, and every rule that needs the value says needs_review naming it. Each entry is also an import warning.","type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["code","field","sourceField","value"],"properties":{"code":{"type":"string","pattern":"^KIM_WARN_[A-Z_]+$","description":"The warning's code in the error registry."},"field":{"type":"string","description":"The KIM field the value was meant for (e.g. status, nationalities, extent)."},"sourceField":{"type":"string","description":"The field as the export names it (e.g. aufenthalt/status[1]/@art)."},"value":{"type":"string","maxLength":200,"description":"The value as delivered (cut at 200 characters)."}}},"title":"Unrecognised"};
const pattern18 = new RegExp("^KIM_WARN_[A-Z_]+$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.legalBasis === undefined) && (missing0 = "legalBasis"))) || ((data.legalBasisText === undefined) && (missing0 = "legalBasisText"))) || ((data.validFrom === undefined) && (missing0 = "validFrom"))) || ((data.validTo === undefined) && (missing0 = "validTo"))) || ((data.deception === undefined) && (missing0 = "deception"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema70.properties, key0))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("residence_status" !== data.kind){
validate32.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "residence_status"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("aufenthalt" !== data.category){
validate32.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "aufenthalt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate32.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate32.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate32.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate32.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: schema70.properties.status.type},message:"must be string,null"}];
return false;
}
if(!(((((((((data5 === "gestattung") || (data5 === "duldung")) || (data5 === "duldung_60b")) || (data5 === "aufenthaltserlaubnis")) || (data5 === "niederlassungserlaubnis")) || (data5 === "daueraufenthalt_eu")) || (data5 === "blaue_karte")) || (data5 === "fiktion")) || (data5 === null))){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema70.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.legalBasis !== undefined){
let data6 = data.legalBasis;
const _errs15 = errors;
const _errs16 = errors;
let valid4 = false;
let passing0 = null;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((data6.law === undefined) && (missing1 = "law")) || ((data6.paragraph === undefined) && (missing1 = "paragraph"))){
const err0 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs20 = errors;
for(const key1 in data6){
if(!((((((key1 === "law") || (key1 === "paragraph")) || (key1 === "absatz")) || (key1 === "satz")) || (key1 === "nummer")) || (key1 === "alternative"))){
const err1 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs20 === errors){
if(data6.law !== undefined){
const _errs21 = errors;
if(typeof data6.law !== "string"){
const err2 = {instancePath:instancePath+"/legalBasis/law",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/law/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.paragraph !== undefined){
const _errs23 = errors;
if(typeof data6.paragraph !== "string"){
const err3 = {instancePath:instancePath+"/legalBasis/paragraph",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/paragraph/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.absatz !== undefined){
let data9 = data6.absatz;
const _errs25 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err4 = {instancePath:instancePath+"/legalBasis/absatz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/absatz/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors === _errs25){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err5 = {instancePath:instancePath+"/legalBasis/absatz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/absatz/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.satz !== undefined){
let data10 = data6.satz;
const _errs27 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err6 = {instancePath:instancePath+"/legalBasis/satz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/satz/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors === _errs27){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err7 = {instancePath:instancePath+"/legalBasis/satz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/satz/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.nummer !== undefined){
let data11 = data6.nummer;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err8 = {instancePath:instancePath+"/legalBasis/nummer",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/nummer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors === _errs29){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err9 = {instancePath:instancePath+"/legalBasis/nummer",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/nummer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.alternative !== undefined){
let data12 = data6.alternative;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err10 = {instancePath:instancePath+"/legalBasis/alternative",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/alternative/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors === _errs31){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err11 = {instancePath:instancePath+"/legalBasis/alternative",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/alternative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs33 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs33 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err14 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate32.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.legalBasisText !== undefined){
const _errs35 = errors;
if(typeof data.legalBasisText !== "string"){
validate32.errors = [{instancePath:instancePath+"/legalBasisText",schemaPath:"#/properties/legalBasisText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validFrom !== undefined){
let data14 = data.validFrom;
const _errs37 = errors;
const _errs38 = errors;
let valid7 = false;
let passing1 = null;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(errors === _errs40){
if(typeof data14 === "string"){
if(!pattern14.test(data14)){
const err15 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(!(formats18.validate(data14))){
const err16 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid1 = _errs39 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs42 = errors;
if(data14 !== null){
const err18 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err19 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate32.errors = vErrors;
return false;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validTo !== undefined){
let data15 = data.validTo;
const _errs44 = errors;
const _errs45 = errors;
let valid9 = false;
let passing2 = null;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(errors === _errs47){
if(typeof data15 === "string"){
if(!pattern14.test(data15)){
const err20 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(!(formats18.validate(data15))){
const err21 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid2 = _errs46 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs49 = errors;
if(data15 !== null){
const err23 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs49 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err24 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate32.errors = vErrors;
return false;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deception !== undefined){
let data16 = data.deception;
const _errs51 = errors;
if((typeof data16 !== "boolean") && (data16 !== null)){
validate32.errors = [{instancePath:instancePath+"/deception",schemaPath:"#/properties/deception/type",keyword:"type",params:{type: schema70.properties.deception.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data17 = data.unrecognised;
const _errs53 = errors;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data17)){
if(data17.length > 50){
validate32.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
const _errs56 = errors;
if(errors === _errs56){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing2;
if(((((data18.code === undefined) && (missing2 = "code")) || ((data18.field === undefined) && (missing2 = "field"))) || ((data18.sourceField === undefined) && (missing2 = "sourceField"))) || ((data18.value === undefined) && (missing2 = "value"))){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs58 = errors;
for(const key2 in data18){
if(!((((key2 === "code") || (key2 === "field")) || (key2 === "sourceField")) || (key2 === "value"))){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs58 === errors){
if(data18.code !== undefined){
let data19 = data18.code;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data19 === "string"){
if(!pattern18.test(data19)){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs59 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data18.field !== undefined){
const _errs61 = errors;
if(typeof data18.field !== "string"){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs61 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data18.sourceField !== undefined){
const _errs63 = errors;
if(typeof data18.sourceField !== "string"){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs63 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data18.value !== undefined){
let data22 = data18.value;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data22 === "string"){
if(func2(data22) > 200){
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs65 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs56 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","date"],"properties":{"kind":{"const":"entry"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"date":{"$ref":"common.schema.json#/$defs/KimDate"},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.date === undefined) && (missing0 = "date"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "kind") || (key0 === "category")) || (key0 === "source")) || (key0 === "sourceRecordId")) || (key0 === "exportedAt")) || (key0 === "date")) || (key0 === "unrecognised"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("entry" !== data.kind){
validate33.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "entry"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("aufenthalt" !== data.category){
validate33.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "aufenthalt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate33.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate33.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate33.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate33.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data5 = data.date;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
validate33.errors = [{instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""}];
return false;
}
else {
if(!(formats18.validate(data5))){
validate33.errors = [{instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data6 = data.unrecognised;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data6)){
if(data6.length > 50){
validate33.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid6 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if(((((data7.code === undefined) && (missing1 = "code")) || ((data7.field === undefined) && (missing1 = "field"))) || ((data7.sourceField === undefined) && (missing1 = "sourceField"))) || ((data7.value === undefined) && (missing1 = "value"))){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key1 in data7){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data7.code !== undefined){
let data8 = data7.code;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data8 === "string"){
if(!pattern18.test(data8)){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.field !== undefined){
const _errs24 = errors;
if(typeof data7.field !== "string"){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs24 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.sourceField !== undefined){
const _errs26 = errors;
if(typeof data7.sourceField !== "string"){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs26 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.value !== undefined){
let data11 = data7.value;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if(func2(data11) > 200){
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema84 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","clarified"],"properties":{"kind":{"const":"identity"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"clarified":{"type":"boolean","description":"Identity and nationality clarified (identitaetGeklaert)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.clarified === undefined) && (missing0 = "clarified"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "kind") || (key0 === "category")) || (key0 === "source")) || (key0 === "sourceRecordId")) || (key0 === "exportedAt")) || (key0 === "clarified")) || (key0 === "unrecognised"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("identity" !== data.kind){
validate34.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "identity"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("aufenthalt" !== data.category){
validate34.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "aufenthalt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate34.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate34.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate34.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate34.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clarified !== undefined){
const _errs13 = errors;
if(typeof data.clarified !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/clarified",schemaPath:"#/properties/clarified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data6 = data.unrecognised;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data6)){
if(data6.length > 50){
validate34.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if(((((data7.code === undefined) && (missing1 = "code")) || ((data7.field === undefined) && (missing1 = "field"))) || ((data7.sourceField === undefined) && (missing1 = "sourceField"))) || ((data7.value === undefined) && (missing1 = "value"))){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key1 in data7){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data7.code !== undefined){
let data8 = data7.code;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern18.test(data8)){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.field !== undefined){
const _errs23 = errors;
if(typeof data7.field !== "string"){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.sourceField !== undefined){
const _errs25 = errors;
if(typeof data7.sourceField !== "string"){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.value !== undefined){
let data11 = data7.value;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(func2(data11) > 200){
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs18 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"description":"An application for a residence title pending at the ABH.","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","legalBasis","legalBasisText","filedOn"],"properties":{"kind":{"const":"residence_application"},"category":{"const":"aufenthalt"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"legalBasis":{"oneOf":[{"$ref":"common.schema.json#/$defs/LegalBasis"},{"type":"null"}]},"legalBasisText":{"type":"string"},"filedOn":{"$ref":"common.schema.json#/$defs/KimDate"},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.legalBasis === undefined) && (missing0 = "legalBasis"))) || ((data.legalBasisText === undefined) && (missing0 = "legalBasisText"))) || ((data.filedOn === undefined) && (missing0 = "filedOn"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema89.properties, key0))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("residence_application" !== data.kind){
validate35.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "residence_application"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("aufenthalt" !== data.category){
validate35.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "aufenthalt"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate35.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate35.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate35.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate35.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.legalBasis !== undefined){
let data5 = data.legalBasis;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.law === undefined) && (missing1 = "law")) || ((data5.paragraph === undefined) && (missing1 = "paragraph"))){
const err0 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs18 = errors;
for(const key1 in data5){
if(!((((((key1 === "law") || (key1 === "paragraph")) || (key1 === "absatz")) || (key1 === "satz")) || (key1 === "nummer")) || (key1 === "alternative"))){
const err1 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs18 === errors){
if(data5.law !== undefined){
const _errs19 = errors;
if(typeof data5.law !== "string"){
const err2 = {instancePath:instancePath+"/legalBasis/law",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/law/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.paragraph !== undefined){
const _errs21 = errors;
if(typeof data5.paragraph !== "string"){
const err3 = {instancePath:instancePath+"/legalBasis/paragraph",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/paragraph/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.absatz !== undefined){
let data8 = data5.absatz;
const _errs23 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err4 = {instancePath:instancePath+"/legalBasis/absatz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/absatz/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors === _errs23){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err5 = {instancePath:instancePath+"/legalBasis/absatz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/absatz/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.satz !== undefined){
let data9 = data5.satz;
const _errs25 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err6 = {instancePath:instancePath+"/legalBasis/satz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/satz/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors === _errs25){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err7 = {instancePath:instancePath+"/legalBasis/satz",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/satz/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.nummer !== undefined){
let data10 = data5.nummer;
const _errs27 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err8 = {instancePath:instancePath+"/legalBasis/nummer",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/nummer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors === _errs27){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err9 = {instancePath:instancePath+"/legalBasis/nummer",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/nummer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.alternative !== undefined){
let data11 = data5.alternative;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err10 = {instancePath:instancePath+"/legalBasis/alternative",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/alternative/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors === _errs29){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err11 = {instancePath:instancePath+"/legalBasis/alternative",schemaPath:"common.schema.json#/$defs/LegalBasis/properties/alternative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/legalBasis",schemaPath:"common.schema.json#/$defs/LegalBasis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data5 !== null){
const err13 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err14 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.legalBasisText !== undefined){
const _errs33 = errors;
if(typeof data.legalBasisText !== "string"){
validate35.errors = [{instancePath:instancePath+"/legalBasisText",schemaPath:"#/properties/legalBasisText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filedOn !== undefined){
let data13 = data.filedOn;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate35.errors = [{instancePath:instancePath+"/filedOn",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""}];
return false;
}
else {
if(!(formats18.validate(data13))){
validate35.errors = [{instancePath:instancePath+"/filedOn",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/filedOn",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data14 = data.unrecognised;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data14)){
if(data14.length > 50){
validate35.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs41 = errors;
if(errors === _errs41){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if(((((data15.code === undefined) && (missing2 = "code")) || ((data15.field === undefined) && (missing2 = "field"))) || ((data15.sourceField === undefined) && (missing2 = "sourceField"))) || ((data15.value === undefined) && (missing2 = "value"))){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key2 in data15){
if(!((((key2 === "code") || (key2 === "field")) || (key2 === "sourceField")) || (key2 === "value"))){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data15.code !== undefined){
let data16 = data15.code;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data16 === "string"){
if(!pattern18.test(data16)){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.field !== undefined){
const _errs46 = errors;
if(typeof data15.field !== "string"){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.sourceField !== undefined){
const _errs48 = errors;
if(typeof data15.sourceField !== "string"){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.value !== undefined){
let data19 = data15.value;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data19 === "string"){
if(func2(data19) > 200){
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs41 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","level","scope","date","evidence"],"properties":{"kind":{"const":"language"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"level":{"type":["string","null"],"enum":["A1","A2","B1","B2","C1","C2",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"scope":{"type":["string","null"],"enum":["muendlich","gesamt",null],"description":"muendlich = oral only; gesamt = all skills; null = not stated."},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"evidence":{"type":"string","enum":["certificate","reported"],"description":"certificate = a dated certificate; reported = a level the office noted without a certificate (Jobcenter)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.level === undefined) && (missing0 = "level"))) || ((data.scope === undefined) && (missing0 = "scope"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.evidence === undefined) && (missing0 = "evidence"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema96.properties, key0))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("language" !== data.kind){
validate36.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "language"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("bildung_sprache" !== data.category){
validate36.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "bildung_sprache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate36.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate36.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate36.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate36.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.level !== undefined){
let data5 = data.level;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate36.errors = [{instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: schema96.properties.level.type},message:"must be string,null"}];
return false;
}
if(!(((((((data5 === "A1") || (data5 === "A2")) || (data5 === "B1")) || (data5 === "B2")) || (data5 === "C1")) || (data5 === "C2")) || (data5 === null))){
validate36.errors = [{instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema96.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
let data6 = data.scope;
const _errs15 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate36.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: schema96.properties.scope.type},message:"must be string,null"}];
return false;
}
if(!(((data6 === "muendlich") || (data6 === "gesamt")) || (data6 === null))){
validate36.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/enum",keyword:"enum",params:{allowedValues: schema96.properties.scope.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data7 = data.date;
const _errs17 = errors;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err0 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data7))){
const err1 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data7 !== null){
const err3 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate36.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data8 = data.evidence;
const _errs24 = errors;
if(typeof data8 !== "string"){
validate36.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "certificate") || (data8 === "reported"))){
validate36.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/enum",keyword:"enum",params:{allowedValues: schema96.properties.evidence.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data9 = data.unrecognised;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data9)){
if(data9.length > 50){
validate36.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid7 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs29 = errors;
if(errors === _errs29){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((((data10.code === undefined) && (missing1 = "code")) || ((data10.field === undefined) && (missing1 = "field"))) || ((data10.sourceField === undefined) && (missing1 = "sourceField"))) || ((data10.value === undefined) && (missing1 = "value"))){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key1 in data10){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data10.code !== undefined){
let data11 = data10.code;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data11 === "string"){
if(!pattern18.test(data11)){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.field !== undefined){
const _errs34 = errors;
if(typeof data10.field !== "string"){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.sourceField !== undefined){
const _errs36 = errors;
if(typeof data10.sourceField !== "string"){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.value !== undefined){
let data14 = data10.value;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(func2(data14) > 200){
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs29 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","test","passed","date"],"properties":{"kind":{"const":"test"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"test":{"type":["string","null"],"enum":["LiD","EBT",null],"description":"LiD = Leben in Deutschland; EBT = Einbürgerungstest. null: the export gave a value outside this list, kept in unrecognised."},"passed":{"type":["boolean","null"],"description":"null: the export gave a value outside yes/no, kept in unrecognised."},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.test === undefined) && (missing0 = "test"))) || ((data.passed === undefined) && (missing0 = "passed"))) || ((data.date === undefined) && (missing0 = "date"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema102.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("test" !== data.kind){
validate37.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("bildung_sprache" !== data.category){
validate37.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "bildung_sprache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate37.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate37.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate37.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate37.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.test !== undefined){
let data5 = data.test;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate37.errors = [{instancePath:instancePath+"/test",schemaPath:"#/properties/test/type",keyword:"type",params:{type: schema102.properties.test.type},message:"must be string,null"}];
return false;
}
if(!(((data5 === "LiD") || (data5 === "EBT")) || (data5 === null))){
validate37.errors = [{instancePath:instancePath+"/test",schemaPath:"#/properties/test/enum",keyword:"enum",params:{allowedValues: schema102.properties.test.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passed !== undefined){
let data6 = data.passed;
const _errs15 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate37.errors = [{instancePath:instancePath+"/passed",schemaPath:"#/properties/passed/type",keyword:"type",params:{type: schema102.properties.passed.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data7 = data.date;
const _errs17 = errors;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err0 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data7))){
const err1 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data7 !== null){
const err3 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate37.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data8 = data.unrecognised;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data8)){
if(data8.length > 50){
validate37.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid7 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs27 = errors;
if(errors === _errs27){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if(((((data9.code === undefined) && (missing1 = "code")) || ((data9.field === undefined) && (missing1 = "field"))) || ((data9.sourceField === undefined) && (missing1 = "sourceField"))) || ((data9.value === undefined) && (missing1 = "value"))){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key1 in data9){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data9.code !== undefined){
let data10 = data9.code;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern18.test(data10)){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs30 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.field !== undefined){
const _errs32 = errors;
if(typeof data9.field !== "string"){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.sourceField !== undefined){
const _errs34 = errors;
if(typeof data9.sourceField !== "string"){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.value !== undefined){
let data13 = data9.value;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(func2(data13) > 200){
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs27 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema108 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","validFrom","validTo","qualification"],"properties":{"kind":{"const":"school"},"category":{"const":"bildung_sprache"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"qualification":{"type":["string","null"],"enum":["HSA","MSA","FHR","ABI","BERUF",null]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.validFrom === undefined) && (missing0 = "validFrom"))) || ((data.validTo === undefined) && (missing0 = "validTo"))) || ((data.qualification === undefined) && (missing0 = "qualification"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema108.properties, key0))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("school" !== data.kind){
validate38.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "school"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("bildung_sprache" !== data.category){
validate38.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "bildung_sprache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate38.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate38.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate38.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate38.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validFrom !== undefined){
let data5 = data.validFrom;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err0 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data5))){
const err1 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs18 = errors;
if(data5 !== null){
const err3 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate38.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validTo !== undefined){
let data6 = data.validTo;
const _errs20 = errors;
const _errs21 = errors;
let valid6 = false;
let passing1 = null;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
const err5 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!(formats18.validate(data6))){
const err6 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs25 = errors;
if(data6 !== null){
const err8 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate38.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.qualification !== undefined){
let data7 = data.qualification;
const _errs27 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate38.errors = [{instancePath:instancePath+"/qualification",schemaPath:"#/properties/qualification/type",keyword:"type",params:{type: schema108.properties.qualification.type},message:"must be string,null"}];
return false;
}
if(!((((((data7 === "HSA") || (data7 === "MSA")) || (data7 === "FHR")) || (data7 === "ABI")) || (data7 === "BERUF")) || (data7 === null))){
validate38.errors = [{instancePath:instancePath+"/qualification",schemaPath:"#/properties/qualification/enum",keyword:"enum",params:{allowedValues: schema108.properties.qualification.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data8 = data.unrecognised;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data8)){
if(data8.length > 50){
validate38.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs32 = errors;
if(errors === _errs32){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if(((((data9.code === undefined) && (missing1 = "code")) || ((data9.field === undefined) && (missing1 = "field"))) || ((data9.sourceField === undefined) && (missing1 = "sourceField"))) || ((data9.value === undefined) && (missing1 = "value"))){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key1 in data9){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data9.code !== undefined){
let data10 = data9.code;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data10 === "string"){
if(!pattern18.test(data10)){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data9.field !== undefined){
const _errs37 = errors;
if(typeof data9.field !== "string"){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data9.sourceField !== undefined){
const _errs39 = errors;
if(typeof data9.sourceField !== "string"){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data9.value !== undefined){
let data13 = data9.value;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data13 === "string"){
if(func2(data13) > 200){
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs32 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema115 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","validFrom","validTo","extent","monthlyIncomeCents"],"properties":{"kind":{"const":"employment"},"category":{"const":"arbeit"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"extent":{"type":["string","null"],"enum":["vollzeit","teilzeit","minijob","ausbildung",null]},"monthlyIncomeCents":{"type":["integer","null"],"minimum":0},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.validFrom === undefined) && (missing0 = "validFrom"))) || ((data.validTo === undefined) && (missing0 = "validTo"))) || ((data.extent === undefined) && (missing0 = "extent"))) || ((data.monthlyIncomeCents === undefined) && (missing0 = "monthlyIncomeCents"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema115.properties, key0))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("employment" !== data.kind){
validate39.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "employment"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("arbeit" !== data.category){
validate39.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "arbeit"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate39.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate39.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate39.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate39.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validFrom !== undefined){
let data5 = data.validFrom;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err0 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data5))){
const err1 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs18 = errors;
if(data5 !== null){
const err3 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate39.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validTo !== undefined){
let data6 = data.validTo;
const _errs20 = errors;
const _errs21 = errors;
let valid6 = false;
let passing1 = null;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
const err5 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!(formats18.validate(data6))){
const err6 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs25 = errors;
if(data6 !== null){
const err8 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate39.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extent !== undefined){
let data7 = data.extent;
const _errs27 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate39.errors = [{instancePath:instancePath+"/extent",schemaPath:"#/properties/extent/type",keyword:"type",params:{type: schema115.properties.extent.type},message:"must be string,null"}];
return false;
}
if(!(((((data7 === "vollzeit") || (data7 === "teilzeit")) || (data7 === "minijob")) || (data7 === "ausbildung")) || (data7 === null))){
validate39.errors = [{instancePath:instancePath+"/extent",schemaPath:"#/properties/extent/enum",keyword:"enum",params:{allowedValues: schema115.properties.extent.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.monthlyIncomeCents !== undefined){
let data8 = data.monthlyIncomeCents;
const _errs29 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
validate39.errors = [{instancePath:instancePath+"/monthlyIncomeCents",schemaPath:"#/properties/monthlyIncomeCents/type",keyword:"type",params:{type: schema115.properties.monthlyIncomeCents.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs29){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate39.errors = [{instancePath:instancePath+"/monthlyIncomeCents",schemaPath:"#/properties/monthlyIncomeCents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data9 = data.unrecognised;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data9)){
if(data9.length > 50){
validate39.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs34 = errors;
if(errors === _errs34){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((((data10.code === undefined) && (missing1 = "code")) || ((data10.field === undefined) && (missing1 = "field"))) || ((data10.sourceField === undefined) && (missing1 = "sourceField"))) || ((data10.value === undefined) && (missing1 = "value"))){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key1 in data10){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data10.code !== undefined){
let data11 = data10.code;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data11 === "string"){
if(!pattern18.test(data11)){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.field !== undefined){
const _errs39 = errors;
if(typeof data10.field !== "string"){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.sourceField !== undefined){
const _errs41 = errors;
if(typeof data10.sourceField !== "string"){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.value !== undefined){
let data14 = data10.value;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data14 === "string"){
if(func2(data14) > 200){
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs43 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs34 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema122 = {"description":"A period of benefits that cover the livelihood (social data, § 35 SGB I).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","law","provision","validFrom","validTo","monthlyNeedCents"],"properties":{"kind":{"const":"benefit"},"category":{"const":"leistungen"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"law":{"type":["string","null"],"enum":["SGB II","SGB XII","AsylbLG",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"provision":{"type":["string","null"],"description":"e.g. '§ 3' (AsylbLG) or '4. Kap.' (SGB XII)."},"validFrom":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"validTo":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}],"description":"null = ongoing."},"monthlyNeedCents":{"type":["integer","null"],"minimum":0},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.law === undefined) && (missing0 = "law"))) || ((data.provision === undefined) && (missing0 = "provision"))) || ((data.validFrom === undefined) && (missing0 = "validFrom"))) || ((data.validTo === undefined) && (missing0 = "validTo"))) || ((data.monthlyNeedCents === undefined) && (missing0 = "monthlyNeedCents"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema122.properties, key0))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("benefit" !== data.kind){
validate40.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "benefit"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("leistungen" !== data.category){
validate40.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "leistungen"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate40.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate40.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate40.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate40.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.law !== undefined){
let data5 = data.law;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate40.errors = [{instancePath:instancePath+"/law",schemaPath:"#/properties/law/type",keyword:"type",params:{type: schema122.properties.law.type},message:"must be string,null"}];
return false;
}
if(!((((data5 === "SGB II") || (data5 === "SGB XII")) || (data5 === "AsylbLG")) || (data5 === null))){
validate40.errors = [{instancePath:instancePath+"/law",schemaPath:"#/properties/law/enum",keyword:"enum",params:{allowedValues: schema122.properties.law.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.provision !== undefined){
let data6 = data.provision;
const _errs15 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate40.errors = [{instancePath:instancePath+"/provision",schemaPath:"#/properties/provision/type",keyword:"type",params:{type: schema122.properties.provision.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validFrom !== undefined){
let data7 = data.validFrom;
const _errs17 = errors;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err0 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data7))){
const err1 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/validFrom",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data7 !== null){
const err3 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/validFrom",schemaPath:"#/properties/validFrom/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate40.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validTo !== undefined){
let data8 = data.validTo;
const _errs24 = errors;
const _errs25 = errors;
let valid6 = false;
let passing1 = null;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(errors === _errs27){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
const err5 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!(formats18.validate(data8))){
const err6 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/validTo",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid1 = _errs26 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs29 = errors;
if(data8 !== null){
const err8 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err9 = {instancePath:instancePath+"/validTo",schemaPath:"#/properties/validTo/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate40.errors = vErrors;
return false;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.monthlyNeedCents !== undefined){
let data9 = data.monthlyNeedCents;
const _errs31 = errors;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
validate40.errors = [{instancePath:instancePath+"/monthlyNeedCents",schemaPath:"#/properties/monthlyNeedCents/type",keyword:"type",params:{type: schema122.properties.monthlyNeedCents.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs31){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate40.errors = [{instancePath:instancePath+"/monthlyNeedCents",schemaPath:"#/properties/monthlyNeedCents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data10 = data.unrecognised;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data10)){
if(data10.length > 50){
validate40.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs36 = errors;
if(errors === _errs36){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if(((((data11.code === undefined) && (missing1 = "code")) || ((data11.field === undefined) && (missing1 = "field"))) || ((data11.sourceField === undefined) && (missing1 = "sourceField"))) || ((data11.value === undefined) && (missing1 = "value"))){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key1 in data11){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data11.code !== undefined){
let data12 = data11.code;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data12 === "string"){
if(!pattern18.test(data12)){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data11.field !== undefined){
const _errs41 = errors;
if(typeof data11.field !== "string"){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data11.sourceField !== undefined){
const _errs43 = errors;
if(typeof data11.sourceField !== "string"){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs43 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data11.value !== undefined){
let data15 = data11.value;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data15 === "string"){
if(func2(data15) > 200){
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs36 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema129 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","date","dailyRates","prisonMonths","suspended","foreignerSpecific","racistMotive","serious"],"properties":{"kind":{"const":"conviction"},"category":{"const":"straf"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"date":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"dailyRates":{"type":["integer","null"],"minimum":0,"description":"Geldstrafe in Tagessätzen."},"prisonMonths":{"type":["number","null"],"minimum":0,"description":"Freiheitsstrafe in months."},"suspended":{"type":["boolean","null"],"description":"Freiheitsstrafe zur Bewährung ausgesetzt."},"foreignerSpecific":{"type":["boolean","null"],"description":"An offence only foreigners can commit."},"racistMotive":{"type":["boolean","null"],"description":"Racist, antisemitic or other inhuman motive."},"serious":{"type":["boolean","null"],"description":"Serious expulsion interest (§ 54 Abs. 1, Abs. 2 Nr. 1, 2 AufenthG)."},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.dailyRates === undefined) && (missing0 = "dailyRates"))) || ((data.prisonMonths === undefined) && (missing0 = "prisonMonths"))) || ((data.suspended === undefined) && (missing0 = "suspended"))) || ((data.foreignerSpecific === undefined) && (missing0 = "foreignerSpecific"))) || ((data.racistMotive === undefined) && (missing0 = "racistMotive"))) || ((data.serious === undefined) && (missing0 = "serious"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema129.properties, key0))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("conviction" !== data.kind){
validate41.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "conviction"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("straf" !== data.category){
validate41.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "straf"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate41.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate41.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate41.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate41.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data5 = data.date;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err0 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data5))){
const err1 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs18 = errors;
if(data5 !== null){
const err3 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate41.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dailyRates !== undefined){
let data6 = data.dailyRates;
const _errs20 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
validate41.errors = [{instancePath:instancePath+"/dailyRates",schemaPath:"#/properties/dailyRates/type",keyword:"type",params:{type: schema129.properties.dailyRates.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs20){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate41.errors = [{instancePath:instancePath+"/dailyRates",schemaPath:"#/properties/dailyRates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prisonMonths !== undefined){
let data7 = data.prisonMonths;
const _errs22 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
validate41.errors = [{instancePath:instancePath+"/prisonMonths",schemaPath:"#/properties/prisonMonths/type",keyword:"type",params:{type: schema129.properties.prisonMonths.type},message:"must be number,null"}];
return false;
}
if(errors === _errs22){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate41.errors = [{instancePath:instancePath+"/prisonMonths",schemaPath:"#/properties/prisonMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suspended !== undefined){
let data8 = data.suspended;
const _errs24 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate41.errors = [{instancePath:instancePath+"/suspended",schemaPath:"#/properties/suspended/type",keyword:"type",params:{type: schema129.properties.suspended.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.foreignerSpecific !== undefined){
let data9 = data.foreignerSpecific;
const _errs26 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate41.errors = [{instancePath:instancePath+"/foreignerSpecific",schemaPath:"#/properties/foreignerSpecific/type",keyword:"type",params:{type: schema129.properties.foreignerSpecific.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.racistMotive !== undefined){
let data10 = data.racistMotive;
const _errs28 = errors;
if((typeof data10 !== "boolean") && (data10 !== null)){
validate41.errors = [{instancePath:instancePath+"/racistMotive",schemaPath:"#/properties/racistMotive/type",keyword:"type",params:{type: schema129.properties.racistMotive.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serious !== undefined){
let data11 = data.serious;
const _errs30 = errors;
if((typeof data11 !== "boolean") && (data11 !== null)){
validate41.errors = [{instancePath:instancePath+"/serious",schemaPath:"#/properties/serious/type",keyword:"type",params:{type: schema129.properties.serious.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data12 = data.unrecognised;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data12)){
if(data12.length > 50){
validate41.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid7 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs35 = errors;
if(errors === _errs35){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if(((((data13.code === undefined) && (missing1 = "code")) || ((data13.field === undefined) && (missing1 = "field"))) || ((data13.sourceField === undefined) && (missing1 = "sourceField"))) || ((data13.value === undefined) && (missing1 = "value"))){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs37 = errors;
for(const key1 in data13){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data13.code !== undefined){
let data14 = data13.code;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(!pattern18.test(data14)){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.field !== undefined){
const _errs40 = errors;
if(typeof data13.field !== "string"){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.sourceField !== undefined){
const _errs42 = errors;
if(typeof data13.sourceField !== "string"){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data13.value !== undefined){
let data17 = data13.value;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data17 === "string"){
if(func2(data17) > 200){
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs35 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema135 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","relation","birthDate","azr","attendsSchool"],"properties":{"kind":{"const":"household_member"},"category":{"const":"stammdaten"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"relation":{"type":["string","null"],"enum":["kind","ehegatte","elternteil","sonstige",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"birthDate":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"azr":{"oneOf":[{"$ref":"common.schema.json#/$defs/Azr"},{"type":"null"}]},"attendsSchool":{"type":["boolean","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.relation === undefined) && (missing0 = "relation"))) || ((data.birthDate === undefined) && (missing0 = "birthDate"))) || ((data.azr === undefined) && (missing0 = "azr"))) || ((data.attendsSchool === undefined) && (missing0 = "attendsSchool"))){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema135.properties, key0))){
validate42.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("household_member" !== data.kind){
validate42.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "household_member"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("stammdaten" !== data.category){
validate42.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "stammdaten"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate42.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate42.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate42.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate42.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relation !== undefined){
let data5 = data.relation;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate42.errors = [{instancePath:instancePath+"/relation",schemaPath:"#/properties/relation/type",keyword:"type",params:{type: schema135.properties.relation.type},message:"must be string,null"}];
return false;
}
if(!(((((data5 === "kind") || (data5 === "ehegatte")) || (data5 === "elternteil")) || (data5 === "sonstige")) || (data5 === null))){
validate42.errors = [{instancePath:instancePath+"/relation",schemaPath:"#/properties/relation/enum",keyword:"enum",params:{allowedValues: schema135.properties.relation.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthDate !== undefined){
let data6 = data.birthDate;
const _errs15 = errors;
const _errs16 = errors;
let valid4 = false;
let passing0 = null;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
const err0 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data6))){
const err1 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs20 = errors;
if(data6 !== null){
const err3 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err4 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate42.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.azr !== undefined){
let data7 = data.azr;
const _errs22 = errors;
const _errs23 = errors;
let valid6 = false;
let passing1 = null;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err5 = {instancePath:instancePath+"/azr",schemaPath:"common.schema.json#/$defs/Azr/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/azr",schemaPath:"common.schema.json#/$defs/Azr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs27 = errors;
if(data7 !== null){
const err7 = {instancePath:instancePath+"/azr",schemaPath:"#/properties/azr/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err8 = {instancePath:instancePath+"/azr",schemaPath:"#/properties/azr/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate42.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attendsSchool !== undefined){
let data8 = data.attendsSchool;
const _errs29 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate42.errors = [{instancePath:instancePath+"/attendsSchool",schemaPath:"#/properties/attendsSchool/type",keyword:"type",params:{type: schema135.properties.attendsSchool.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data9 = data.unrecognised;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data9)){
if(data9.length > 50){
validate42.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs34 = errors;
if(errors === _errs34){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((((data10.code === undefined) && (missing1 = "code")) || ((data10.field === undefined) && (missing1 = "field"))) || ((data10.sourceField === undefined) && (missing1 = "sourceField"))) || ((data10.value === undefined) && (missing1 = "value"))){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key1 in data10){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data10.code !== undefined){
let data11 = data10.code;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data11 === "string"){
if(!pattern18.test(data11)){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.field !== undefined){
const _errs39 = errors;
if(typeof data10.field !== "string"){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.sourceField !== undefined){
const _errs41 = errors;
if(typeof data10.sourceField !== "string"){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data10.value !== undefined){
let data14 = data10.value;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data14 === "string"){
if(func2(data14) > 200){
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs43 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs34 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema142 = {"description":"Household figures an office records without listing members (Jobcenter).","type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","minorChildren","singleParent"],"properties":{"kind":{"const":"household_summary"},"category":{"const":"stammdaten"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"minorChildren":{"type":["integer","null"],"minimum":0},"singleParent":{"type":["boolean","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.minorChildren === undefined) && (missing0 = "minorChildren"))) || ((data.singleParent === undefined) && (missing0 = "singleParent"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "category")) || (key0 === "source")) || (key0 === "sourceRecordId")) || (key0 === "exportedAt")) || (key0 === "minorChildren")) || (key0 === "singleParent")) || (key0 === "unrecognised"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("household_summary" !== data.kind){
validate43.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "household_summary"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("stammdaten" !== data.category){
validate43.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "stammdaten"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate43.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate43.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate43.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate43.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minorChildren !== undefined){
let data5 = data.minorChildren;
const _errs13 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
validate43.errors = [{instancePath:instancePath+"/minorChildren",schemaPath:"#/properties/minorChildren/type",keyword:"type",params:{type: schema142.properties.minorChildren.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs13){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate43.errors = [{instancePath:instancePath+"/minorChildren",schemaPath:"#/properties/minorChildren/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.singleParent !== undefined){
let data6 = data.singleParent;
const _errs15 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate43.errors = [{instancePath:instancePath+"/singleParent",schemaPath:"#/properties/singleParent/type",keyword:"type",params:{type: schema142.properties.singleParent.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data7 = data.unrecognised;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data7)){
if(data7.length > 50){
validate43.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs20 = errors;
if(errors === _errs20){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if(((((data8.code === undefined) && (missing1 = "code")) || ((data8.field === undefined) && (missing1 = "field"))) || ((data8.sourceField === undefined) && (missing1 = "sourceField"))) || ((data8.value === undefined) && (missing1 = "value"))){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key1 in data8){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data8.code !== undefined){
let data9 = data8.code;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data9 === "string"){
if(!pattern18.test(data9)){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.field !== undefined){
const _errs25 = errors;
if(typeof data8.field !== "string"){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.sourceField !== undefined){
const _errs27 = errors;
if(typeof data8.sourceField !== "string"){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.value !== undefined){
let data12 = data8.value;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data12 === "string"){
if(func2(data12) > 200){
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/unrecognised/" + i0,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema147 = {"type":"object","additionalProperties":false,"required":["kind","category","source","sourceRecordId","exportedAt","applicationNumber","receivedOn","status","lastActivity","missingDocuments","team"],"properties":{"kind":{"const":"naturalisation_application"},"category":{"const":"einbuergerung"},"source":{"$ref":"#/$defs/FactSource"},"sourceRecordId":{"$ref":"#/$defs/SourceRecordId"},"exportedAt":{"$ref":"#/$defs/ExportedAt"},"applicationNumber":{"type":"string"},"receivedOn":{"$ref":"common.schema.json#/$defs/KimDate"},"status":{"type":["string","null"],"enum":["eingegangen","in Prüfung","Unterlagen angefordert","entscheidungsreif","eingebürgert","abgelehnt","zurückgenommen",null],"description":"null: the export gave a value outside this list, kept in unrecognised."},"lastActivity":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"missingDocuments":{"type":"array","items":{"type":"string"}},"team":{"type":["string","null"]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.kind === undefined) && (missing0 = "kind")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.applicationNumber === undefined) && (missing0 = "applicationNumber"))) || ((data.receivedOn === undefined) && (missing0 = "receivedOn"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.lastActivity === undefined) && (missing0 = "lastActivity"))) || ((data.missingDocuments === undefined) && (missing0 = "missingDocuments"))) || ((data.team === undefined) && (missing0 = "team"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema147.properties, key0))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("naturalisation_application" !== data.kind){
validate44.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "naturalisation_application"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs3 = errors;
if("einbuergerung" !== data.category){
validate44.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/const",keyword:"const",params:{allowedValue: "einbuergerung"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data2 = data.source;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate44.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "abh") || (data2 === "jobcenter")) || (data2 === "sozialamt")) || (data2 === "ebb"))){
validate44.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs7 = errors;
if(typeof data.sourceRecordId !== "string"){
validate44.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/$defs/SourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate44.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/$defs/ExportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationNumber !== undefined){
const _errs13 = errors;
if(typeof data.applicationNumber !== "string"){
validate44.errors = [{instancePath:instancePath+"/applicationNumber",schemaPath:"#/properties/applicationNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.receivedOn !== undefined){
let data6 = data.receivedOn;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
validate44.errors = [{instancePath:instancePath+"/receivedOn",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""}];
return false;
}
else {
if(!(formats18.validate(data6))){
validate44.errors = [{instancePath:instancePath+"/receivedOn",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/receivedOn",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data7 = data.status;
const _errs18 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate44.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: schema147.properties.status.type},message:"must be string,null"}];
return false;
}
if(!((((((((data7 === "eingegangen") || (data7 === "in Prüfung")) || (data7 === "Unterlagen angefordert")) || (data7 === "entscheidungsreif")) || (data7 === "eingebürgert")) || (data7 === "abgelehnt")) || (data7 === "zurückgenommen")) || (data7 === null))){
validate44.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema147.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastActivity !== undefined){
let data8 = data.lastActivity;
const _errs20 = errors;
const _errs21 = errors;
let valid5 = false;
let passing0 = null;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
const err0 = {instancePath:instancePath+"/lastActivity",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data8))){
const err1 = {instancePath:instancePath+"/lastActivity",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/lastActivity",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs25 = errors;
if(data8 !== null){
const err3 = {instancePath:instancePath+"/lastActivity",schemaPath:"#/properties/lastActivity/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err4 = {instancePath:instancePath+"/lastActivity",schemaPath:"#/properties/lastActivity/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.missingDocuments !== undefined){
let data9 = data.missingDocuments;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data9)){
var valid7 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs29 = errors;
if(typeof data9[i0] !== "string"){
validate44.errors = [{instancePath:instancePath+"/missingDocuments/" + i0,schemaPath:"#/properties/missingDocuments/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs29 === errors;
if(!valid7){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/missingDocuments",schemaPath:"#/properties/missingDocuments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
let data11 = data.team;
const _errs31 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate44.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: schema147.properties.team.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data12 = data.unrecognised;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data12)){
if(data12.length > 50){
validate44.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs36 = errors;
if(errors === _errs36){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if(((((data13.code === undefined) && (missing1 = "code")) || ((data13.field === undefined) && (missing1 = "field"))) || ((data13.sourceField === undefined) && (missing1 = "sourceField"))) || ((data13.value === undefined) && (missing1 = "value"))){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key1 in data13){
if(!((((key1 === "code") || (key1 === "field")) || (key1 === "sourceField")) || (key1 === "value"))){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data13.code !== undefined){
let data14 = data13.code;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern18.test(data14)){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs39 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.field !== undefined){
const _errs41 = errors;
if(typeof data13.field !== "string"){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.sourceField !== undefined){
const _errs43 = errors;
if(typeof data13.sourceField !== "string"){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs43 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.value !== undefined){
let data17 = data13.value;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data17 === "string"){
if(func2(data17) > 200){
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs36 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/fact.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "residence_status"){
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "entry"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "identity"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "residence_application"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "language"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "test"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "school"){
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "employment"){
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "benefit"){
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "conviction"){
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "household_member"){
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "household_summary"){
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "naturalisation_application"){
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
validate31.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const jobs = validate58;
const schema154 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/jobs.schema.json","title":"KIM queue job","description":"The data of a job on one of the hub's BullMQ queues (workers/queues.ts). Jobs carry ids only (claim check): the data they point to is in PostgreSQL. Checked when a worker takes the job (workers/job-data.ts); a job that does not match is not retried (KIM_ERR_JOB_DATA_INVALID).","oneOf":[{"$ref":"#/$defs/ImportJob"},{"$ref":"#/$defs/BatchJob"},{"$ref":"#/$defs/SyncJob"},{"$ref":"#/$defs/ScheduledJob"}],"$defs":{"ImportId":{"title":"ImportId","description":"The id of an import (imports.id).","type":"string","minLength":1,"maxLength":100},"ImportJob":{"title":"ImportJob","description":"A job about a whole import: reading it (queue import) or linking it (queue link).","type":"object","additionalProperties":false,"required":["importId"],"properties":{"importId":{"$ref":"#/$defs/ImportId"}}},"BatchJob":{"title":"BatchJob","description":"A job about one numbered batch of an import: applying, evaluating, routing it, or notifying its events.","type":"object","additionalProperties":false,"required":["importId","batch"],"properties":{"importId":{"$ref":"#/$defs/ImportId"},"batch":{"type":"integer","minimum":0}}},"SyncJob":{"title":"SyncJob","description":"A scheduled pull of a configured path (KIM_SYNCS) on the import queue.","type":"object","additionalProperties":false,"required":["source","path"],"properties":{"source":{"type":"string","minLength":1},"path":{"type":"string","minLength":1}}},"ScheduledJob":{"title":"ScheduledJob","description":"A scheduled scan of the drop folder or sweep: no data.","type":"object","additionalProperties":false,"properties":{}}}};
const schema159 = {"title":"SyncJob","description":"A scheduled pull of a configured path (KIM_SYNCS) on the import queue.","type":"object","additionalProperties":false,"required":["source","path"],"properties":{"source":{"type":"string","minLength":1},"path":{"type":"string","minLength":1}}};
const schema160 = {"title":"ScheduledJob","description":"A scheduled scan of the drop folder or sweep: no data.","type":"object","additionalProperties":false,"properties":{}};
const schema155 = {"title":"ImportJob","description":"A job about a whole import: reading it (queue import) or linking it (queue link).","type":"object","additionalProperties":false,"required":["importId"],"properties":{"importId":{"$ref":"#/$defs/ImportId"}}};
const schema156 = {"title":"ImportId","description":"The id of an import (imports.id).","type":"string","minLength":1,"maxLength":100};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.importId === undefined) && (missing0 = "importId")){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "importId")){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.importId !== undefined){
let data0 = data.importId;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate59.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate59.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema157 = {"title":"BatchJob","description":"A job about one numbered batch of an import: applying, evaluating, routing it, or notifying its events.","type":"object","additionalProperties":false,"required":["importId","batch"],"properties":{"importId":{"$ref":"#/$defs/ImportId"},"batch":{"type":"integer","minimum":0}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.importId === undefined) && (missing0 = "importId")) || ((data.batch === undefined) && (missing0 = "batch"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "importId") || (key0 === "batch"))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.importId !== undefined){
let data0 = data.importId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate61.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate61.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/importId",schemaPath:"#/$defs/ImportId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.batch !== undefined){
let data1 = data.batch;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate61.errors = [{instancePath:instancePath+"/batch",schemaPath:"#/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate61.errors = [{instancePath:instancePath+"/batch",schemaPath:"#/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/jobs.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.source === undefined) && (missing0 = "source")) || ((data.path === undefined) && (missing0 = "path"))){
const err0 = {instancePath,schemaPath:"#/$defs/SyncJob/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((key0 === "source") || (key0 === "path"))){
const err1 = {instancePath,schemaPath:"#/$defs/SyncJob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs6 === errors){
if(data.source !== undefined){
let data0 = data.source;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/SyncJob/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/SyncJob/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.path !== undefined){
let data1 = data.path;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/SyncJob/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/SyncJob/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/SyncJob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
const err7 = {instancePath,schemaPath:"#/$defs/ScheduledJob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/ScheduledJob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate58.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate58.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const kimPerson = validate63;
const schema161 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/kim-person.schema.json","title":"KimPerson","description":"One person after linkage: a stable kimId, the identities the sources gave, every fact, and why each record was linked. Input of `kim-hub evaluate`. `identity` is the merged identity: the ABH's where present (the authoritative register), else the first source's.","type":"object","additionalProperties":false,"required":["kimId","identity","records","facts"],"properties":{"kimId":{"type":"string","pattern":"^kim_[0-9a-z]{16,32}$"},"identity":{"$ref":"person-identity.schema.json"},"records":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["source","sourceRecordId","authority","linkReason"],"properties":{"source":{"$ref":"common.schema.json#/$defs/FactSource"},"sourceRecordId":{"type":"string"},"authority":{"type":["string","null"]},"linkReason":{"type":"string","description":"Why this record belongs to the person, e.g. 'azr', 'name+birthdate'."}},"title":"LinkedRecord"}},"facts":{"type":"array","items":{"$ref":"fact.schema.json"}}}};
const pattern51 = new RegExp("^kim_[0-9a-z]{16,32}$", "u");
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/person-identity.schema.json","title":"PersonIdentity","description":"Who a record is about, as the source wrote it (category stammdaten). Names stay as written; `nameKey` is the normalised form used for matching.","type":"object","additionalProperties":false,"required":["identifiers","familyName","givenNames","nameKey","birthDate","sex","nationalities","residence"],"properties":{"identifiers":{"$ref":"#/$defs/Identifiers"},"familyName":{"type":"string"},"givenNames":{"type":"string"},"birthName":{"type":["string","null"]},"nameKey":{"description":"Names folded for matching: diacritics removed (Ş→s, ü→ue, ß→ss), lower case, hyphens and repeated spaces → single space.","type":"object","additionalProperties":false,"required":["family","given"],"properties":{"family":{"type":"string"},"given":{"type":"string"}},"title":"NameKey"},"birthDate":{"oneOf":[{"$ref":"common.schema.json#/$defs/KimDate"},{"type":"null"}]},"sex":{"type":["string","null"],"enum":["m","w","d","x",null]},"nationalities":{"description":"Destatis 3-digit nationality keys (997 staatenlos, 998 ungeklärt) of the nationalities the hub could map; a code outside the list is kept in unrecognised.","type":"array","items":{"type":"string","pattern":"^[0-9]{3}$"}},"residence":{"oneOf":[{"type":"object","additionalProperties":false,"required":["ags"],"properties":{"ags":{"$ref":"common.schema.json#/$defs/Ags"},"plz":{"type":["string","null"],"pattern":"^[0-9]{5}$"}},"title":"Residence"},{"type":"null"}]},"unrecognised":{"$ref":"common.schema.json#/$defs/Unrecognised"}},"$defs":{"Identifiers":{"description":"Every identifier a source carries for the person.","type":"object","additionalProperties":false,"properties":{"azr":{"$ref":"common.schema.json#/$defs/Azr"},"abhAktenzeichen":{"type":"string"},"jobcenterKundennummer":{"type":"string"},"jobcenterBgNummer":{"type":"string"},"sozialamtAktenzeichen":{"type":"string"},"ebbAntragsnummer":{"type":"string"},"kiAktenzeichen":{"type":"string"}}}}};
const schema51 = {"description":"Amtlicher Gemeindeschlüssel, 8 digits.","type":"string","pattern":"^[0-9]{8}$","title":"Ags"};
const schema48 = {"description":"Every identifier a source carries for the person.","type":"object","additionalProperties":false,"properties":{"azr":{"$ref":"common.schema.json#/$defs/Azr"},"abhAktenzeichen":{"type":"string"},"jobcenterKundennummer":{"type":"string"},"jobcenterBgNummer":{"type":"string"},"sozialamtAktenzeichen":{"type":"string"},"ebbAntragsnummer":{"type":"string"},"kiAktenzeichen":{"type":"string"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "azr") || (key0 === "abhAktenzeichen")) || (key0 === "jobcenterKundennummer")) || (key0 === "jobcenterBgNummer")) || (key0 === "sozialamtAktenzeichen")) || (key0 === "ebbAntragsnummer")) || (key0 === "kiAktenzeichen"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.azr !== undefined){
let data0 = data.azr;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate26.errors = [{instancePath:instancePath+"/azr",schemaPath:"common.schema.json#/$defs/Azr/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/azr",schemaPath:"common.schema.json#/$defs/Azr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.abhAktenzeichen !== undefined){
const _errs5 = errors;
if(typeof data.abhAktenzeichen !== "string"){
validate26.errors = [{instancePath:instancePath+"/abhAktenzeichen",schemaPath:"#/properties/abhAktenzeichen/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jobcenterKundennummer !== undefined){
const _errs7 = errors;
if(typeof data.jobcenterKundennummer !== "string"){
validate26.errors = [{instancePath:instancePath+"/jobcenterKundennummer",schemaPath:"#/properties/jobcenterKundennummer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jobcenterBgNummer !== undefined){
const _errs9 = errors;
if(typeof data.jobcenterBgNummer !== "string"){
validate26.errors = [{instancePath:instancePath+"/jobcenterBgNummer",schemaPath:"#/properties/jobcenterBgNummer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sozialamtAktenzeichen !== undefined){
const _errs11 = errors;
if(typeof data.sozialamtAktenzeichen !== "string"){
validate26.errors = [{instancePath:instancePath+"/sozialamtAktenzeichen",schemaPath:"#/properties/sozialamtAktenzeichen/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ebbAntragsnummer !== undefined){
const _errs13 = errors;
if(typeof data.ebbAntragsnummer !== "string"){
validate26.errors = [{instancePath:instancePath+"/ebbAntragsnummer",schemaPath:"#/properties/ebbAntragsnummer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kiAktenzeichen !== undefined){
const _errs15 = errors;
if(typeof data.kiAktenzeichen !== "string"){
validate26.errors = [{instancePath:instancePath+"/kiAktenzeichen",schemaPath:"#/properties/kiAktenzeichen/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern15 = new RegExp("^[0-9]{3}$", "u");
const pattern16 = new RegExp("^[0-9]{8}$", "u");
const pattern17 = new RegExp("^[0-9]{5}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/person-identity.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.identifiers === undefined) && (missing0 = "identifiers")) || ((data.familyName === undefined) && (missing0 = "familyName"))) || ((data.givenNames === undefined) && (missing0 = "givenNames"))) || ((data.nameKey === undefined) && (missing0 = "nameKey"))) || ((data.birthDate === undefined) && (missing0 = "birthDate"))) || ((data.sex === undefined) && (missing0 = "sex"))) || ((data.nationalities === undefined) && (missing0 = "nationalities"))) || ((data.residence === undefined) && (missing0 = "residence"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.identifiers !== undefined){
const _errs2 = errors;
if(!(validate26(data.identifiers, {instancePath:instancePath+"/identifiers",parentData:data,parentDataProperty:"identifiers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.familyName !== undefined){
const _errs3 = errors;
if(typeof data.familyName !== "string"){
validate25.errors = [{instancePath:instancePath+"/familyName",schemaPath:"#/properties/familyName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.givenNames !== undefined){
const _errs5 = errors;
if(typeof data.givenNames !== "string"){
validate25.errors = [{instancePath:instancePath+"/givenNames",schemaPath:"#/properties/givenNames/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthName !== undefined){
let data3 = data.birthName;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate25.errors = [{instancePath:instancePath+"/birthName",schemaPath:"#/properties/birthName/type",keyword:"type",params:{type: schema47.properties.birthName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nameKey !== undefined){
let data4 = data.nameKey;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.family === undefined) && (missing1 = "family")) || ((data4.given === undefined) && (missing1 = "given"))){
validate25.errors = [{instancePath:instancePath+"/nameKey",schemaPath:"#/properties/nameKey/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data4){
if(!((key1 === "family") || (key1 === "given"))){
validate25.errors = [{instancePath:instancePath+"/nameKey",schemaPath:"#/properties/nameKey/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data4.family !== undefined){
const _errs12 = errors;
if(typeof data4.family !== "string"){
validate25.errors = [{instancePath:instancePath+"/nameKey/family",schemaPath:"#/properties/nameKey/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data4.given !== undefined){
const _errs14 = errors;
if(typeof data4.given !== "string"){
validate25.errors = [{instancePath:instancePath+"/nameKey/given",schemaPath:"#/properties/nameKey/properties/given/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/nameKey",schemaPath:"#/properties/nameKey/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthDate !== undefined){
let data7 = data.birthDate;
const _errs16 = errors;
const _errs17 = errors;
let valid2 = false;
let passing0 = null;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err0 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(!(formats18.validate(data7))){
const err1 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/format",keyword:"format",params:{format: "kim-date"},message:"must match format \""+"kim-date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/birthDate",schemaPath:"common.schema.json#/$defs/KimDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs21 = errors;
if(data7 !== null){
const err3 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err4 = {instancePath:instancePath+"/birthDate",schemaPath:"#/properties/birthDate/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sex !== undefined){
let data8 = data.sex;
const _errs23 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate25.errors = [{instancePath:instancePath+"/sex",schemaPath:"#/properties/sex/type",keyword:"type",params:{type: schema47.properties.sex.type},message:"must be string,null"}];
return false;
}
if(!(((((data8 === "m") || (data8 === "w")) || (data8 === "d")) || (data8 === "x")) || (data8 === null))){
validate25.errors = [{instancePath:instancePath+"/sex",schemaPath:"#/properties/sex/enum",keyword:"enum",params:{allowedValues: schema47.properties.sex.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nationalities !== undefined){
let data9 = data.nationalities;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data9)){
var valid4 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(!pattern15.test(data10)){
validate25.errors = [{instancePath:instancePath+"/nationalities/" + i0,schemaPath:"#/properties/nationalities/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}$"},message:"must match pattern \""+"^[0-9]{3}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/nationalities/" + i0,schemaPath:"#/properties/nationalities/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs27 === errors;
if(!valid4){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/nationalities",schemaPath:"#/properties/nationalities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.residence !== undefined){
let data11 = data.residence;
const _errs29 = errors;
const _errs30 = errors;
let valid5 = false;
let passing1 = null;
const _errs31 = errors;
if(errors === _errs31){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((data11.ags === undefined) && (missing2 = "ags")){
const err5 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/oneOf/0/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs33 = errors;
for(const key2 in data11){
if(!((key2 === "ags") || (key2 === "plz"))){
const err6 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs33 === errors){
if(data11.ags !== undefined){
let data12 = data11.ags;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data12 === "string"){
if(!pattern16.test(data12)){
const err7 = {instancePath:instancePath+"/residence/ags",schemaPath:"common.schema.json#/$defs/Ags/pattern",keyword:"pattern",params:{pattern: "^[0-9]{8}$"},message:"must match pattern \""+"^[0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/residence/ags",schemaPath:"common.schema.json#/$defs/Ags/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.plz !== undefined){
let data13 = data11.plz;
const _errs37 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
const err9 = {instancePath:instancePath+"/residence/plz",schemaPath:"#/properties/residence/oneOf/0/properties/plz/type",keyword:"type",params:{type: schema47.properties.residence.oneOf[0].properties.plz.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors === _errs37){
if(typeof data13 === "string"){
if(!pattern17.test(data13)){
const err10 = {instancePath:instancePath+"/residence/plz",schemaPath:"#/properties/residence/oneOf/0/properties/plz/pattern",keyword:"pattern",params:{pattern: "^[0-9]{5}$"},message:"must match pattern \""+"^[0-9]{5}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs31 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs39 = errors;
if(data11 !== null){
const err12 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs39 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err13 = {instancePath:instancePath+"/residence",schemaPath:"#/properties/residence/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unrecognised !== undefined){
let data14 = data.unrecognised;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data14)){
if(data14.length > 50){
validate25.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
const _errs44 = errors;
if(errors === _errs44){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing3;
if(((((data15.code === undefined) && (missing3 = "code")) || ((data15.field === undefined) && (missing3 = "field"))) || ((data15.sourceField === undefined) && (missing3 = "sourceField"))) || ((data15.value === undefined) && (missing3 = "value"))){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs46 = errors;
for(const key3 in data15){
if(!((((key3 === "code") || (key3 === "field")) || (key3 === "sourceField")) || (key3 === "value"))){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data15.code !== undefined){
let data16 = data15.code;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data16 === "string"){
if(!pattern18.test(data16)){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^KIM_WARN_[A-Z_]+$"},message:"must match pattern \""+"^KIM_WARN_[A-Z_]+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/code",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs47 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.field !== undefined){
const _errs49 = errors;
if(typeof data15.field !== "string"){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/field",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.sourceField !== undefined){
const _errs51 = errors;
if(typeof data15.sourceField !== "string"){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/sourceField",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/sourceField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data15.value !== undefined){
let data19 = data15.value;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data19 === "string"){
if(func2(data19) > 200){
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1+"/value",schemaPath:"common.schema.json#/$defs/Unrecognised/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/unrecognised/" + i1,schemaPath:"common.schema.json#/$defs/Unrecognised/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs44 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/unrecognised",schemaPath:"common.schema.json#/$defs/Unrecognised/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/kim-person.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.kimId === undefined) && (missing0 = "kimId")) || ((data.identity === undefined) && (missing0 = "identity"))) || ((data.records === undefined) && (missing0 = "records"))) || ((data.facts === undefined) && (missing0 = "facts"))){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "kimId") || (key0 === "identity")) || (key0 === "records")) || (key0 === "facts"))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kimId !== undefined){
let data0 = data.kimId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern51.test(data0)){
validate63.errors = [{instancePath:instancePath+"/kimId",schemaPath:"#/properties/kimId/pattern",keyword:"pattern",params:{pattern: "^kim_[0-9a-z]{16,32}$"},message:"must match pattern \""+"^kim_[0-9a-z]{16,32}$"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/kimId",schemaPath:"#/properties/kimId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identity !== undefined){
const _errs4 = errors;
if(!(validate25(data.identity, {instancePath:instancePath+"/identity",parentData:data,parentDataProperty:"identity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.records !== undefined){
let data2 = data.records;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.source === undefined) && (missing1 = "source")) || ((data3.sourceRecordId === undefined) && (missing1 = "sourceRecordId"))) || ((data3.authority === undefined) && (missing1 = "authority"))) || ((data3.linkReason === undefined) && (missing1 = "linkReason"))){
validate63.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data3){
if(!((((key1 === "source") || (key1 === "sourceRecordId")) || (key1 === "authority")) || (key1 === "linkReason"))){
validate63.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data3.source !== undefined){
let data4 = data3.source;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate63.errors = [{instancePath:instancePath+"/records/" + i0+"/source",schemaPath:"common.schema.json#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "abh") || (data4 === "jobcenter")) || (data4 === "sozialamt")) || (data4 === "ebb"))){
validate63.errors = [{instancePath:instancePath+"/records/" + i0+"/source",schemaPath:"common.schema.json#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.sourceRecordId !== undefined){
const _errs13 = errors;
if(typeof data3.sourceRecordId !== "string"){
validate63.errors = [{instancePath:instancePath+"/records/" + i0+"/sourceRecordId",schemaPath:"#/properties/records/items/properties/sourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.authority !== undefined){
let data6 = data3.authority;
const _errs15 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate63.errors = [{instancePath:instancePath+"/records/" + i0+"/authority",schemaPath:"#/properties/records/items/properties/authority/type",keyword:"type",params:{type: schema161.properties.records.items.properties.authority.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.linkReason !== undefined){
const _errs17 = errors;
if(typeof data3.linkReason !== "string"){
validate63.errors = [{instancePath:instancePath+"/records/" + i0+"/linkReason",schemaPath:"#/properties/records/items/properties/linkReason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.facts !== undefined){
let data8 = data.facts;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate31(data8[i1], {instancePath:instancePath+"/facts/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid4 = _errs21 === errors;
if(!valid4){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/facts",schemaPath:"#/properties/facts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const personIdentity = validate25;

export const personRecord = validate66;
const schema163 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/person-record.schema.json","title":"PersonRecord","description":"One normalised record of a person-bearing source (abh, jobcenter, sozialamt, ebb): who it is about and the facts it states. What an adapter yields and `kim-hub inspect` prints.","type":"object","additionalProperties":false,"required":["type","source","authority","sourceRecordId","exportedAt","snapshot","position","contentHash","person","facts"],"properties":{"type":{"const":"person_record"},"source":{"$ref":"common.schema.json#/$defs/FactSource"},"authority":{"type":["string","null"],"description":"Id of the exporting authority when the export names it (e.g. ABH-05158)."},"sourceRecordId":{"type":"string"},"exportedAt":{"type":"string"},"snapshot":{"type":"string","enum":["full","delta"],"description":"full = the export is a complete snapshot of the source; delta = changes only."},"position":{"$ref":"common.schema.json#/$defs/Position"},"contentHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the record's normalised content (without position), for idempotent re-import."},"person":{"$ref":"person-identity.schema.json"},"facts":{"type":"array","items":{"$ref":"fact.schema.json"}}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/person-record.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))) || ((data.authority === undefined) && (missing0 = "authority"))) || ((data.sourceRecordId === undefined) && (missing0 = "sourceRecordId"))) || ((data.exportedAt === undefined) && (missing0 = "exportedAt"))) || ((data.snapshot === undefined) && (missing0 = "snapshot"))) || ((data.position === undefined) && (missing0 = "position"))) || ((data.contentHash === undefined) && (missing0 = "contentHash"))) || ((data.person === undefined) && (missing0 = "person"))) || ((data.facts === undefined) && (missing0 = "facts"))){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema163.properties, key0))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("person_record" !== data.type){
validate66.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "person_record"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate66.errors = [{instancePath:instancePath+"/source",schemaPath:"common.schema.json#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "abh") || (data1 === "jobcenter")) || (data1 === "sozialamt")) || (data1 === "ebb"))){
validate66.errors = [{instancePath:instancePath+"/source",schemaPath:"common.schema.json#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authority !== undefined){
let data2 = data.authority;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate66.errors = [{instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/type",keyword:"type",params:{type: schema163.properties.authority.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceRecordId !== undefined){
const _errs8 = errors;
if(typeof data.sourceRecordId !== "string"){
validate66.errors = [{instancePath:instancePath+"/sourceRecordId",schemaPath:"#/properties/sourceRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportedAt !== undefined){
const _errs10 = errors;
if(typeof data.exportedAt !== "string"){
validate66.errors = [{instancePath:instancePath+"/exportedAt",schemaPath:"#/properties/exportedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data5 = data.snapshot;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate66.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "full") || (data5 === "delta"))){
validate66.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/enum",keyword:"enum",params:{allowedValues: schema163.properties.snapshot.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
let data6 = data.position;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.file === undefined) && (missing1 = "file")){
validate66.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key1 in data6){
if(!(((key1 === "file") || (key1 === "line")) || (key1 === "element"))){
validate66.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data6.file !== undefined){
const _errs18 = errors;
if(typeof data6.file !== "string"){
validate66.errors = [{instancePath:instancePath+"/position/file",schemaPath:"common.schema.json#/$defs/Position/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.line !== undefined){
let data8 = data6.line;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate66.errors = [{instancePath:instancePath+"/position/line",schemaPath:"common.schema.json#/$defs/Position/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
validate66.errors = [{instancePath:instancePath+"/position/line",schemaPath:"common.schema.json#/$defs/Position/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.element !== undefined){
let data9 = data6.element;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate66.errors = [{instancePath:instancePath+"/position/element",schemaPath:"common.schema.json#/$defs/Position/properties/element/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
validate66.errors = [{instancePath:instancePath+"/position/element",schemaPath:"common.schema.json#/$defs/Position/properties/element/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/position",schemaPath:"common.schema.json#/$defs/Position/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contentHash !== undefined){
let data10 = data.contentHash;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern20.test(data10)){
validate66.errors = [{instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/contentHash",schemaPath:"#/properties/contentHash/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.person !== undefined){
const _errs26 = errors;
if(!(validate25(data.person, {instancePath:instancePath+"/person",parentData:data,parentDataProperty:"person",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.facts !== undefined){
let data12 = data.facts;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data12)){
var valid4 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
const _errs29 = errors;
if(!(validate31(data12[i0], {instancePath:instancePath+"/facts/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid4 = _errs29 === errors;
if(!valid4){
break;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/facts",schemaPath:"#/properties/facts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const policy = validate69;
const schema166 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/policy.schema.json","title":"Policy","description":"The statutory bases for data flows without consent (config/policy.yaml).","type":"object","additionalProperties":false,"required":["version","statutoryBases"],"properties":{"version":{"const":1},"statutoryBases":{"type":"array","items":{"title":"StatutoryBasis","type":"object","additionalProperties":false,"required":["id","description","citation","source","categories","recipient"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9-]+$"},"description":{"type":"string"},"citation":{"type":"string","minLength":3},"source":{"$ref":"common.schema.json#/$defs/FactSource"},"categories":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/Category"}},"recipient":{"title":"PolicyRecipient","type":"object","additionalProperties":false,"required":["role","authority"],"properties":{"role":{"type":"string","enum":["abh_b3","ebb_b3"]},"authority":{"type":"string","enum":["responsible_abh","responsible_ebb"]}}},"condition":{"type":"string","enum":["pending_naturalisation"]}}}},"outreach":{"title":"OutreachPolicy","description":"The naturalisation campaign's outreach list for the responsible EBB's Baustein 3 staff: off unless enabled, and then only for persons a named statutory basis or a consent with this purpose covers (ABH data: stammdaten, aufenthalt).","type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"statutoryBasis":{"title":"OutreachBasis","type":"object","additionalProperties":false,"required":["citation","description"],"properties":{"citation":{"type":"string","minLength":3},"description":{"type":"string"}}},"consentPurpose":{"type":"string","minLength":1,"description":"a consent covers the list when one of its scopes has this purpose, names the source abh, the categories and the recipient role ebb_b3"}}}}};
const pattern53 = new RegExp("^[a-z0-9-]+$", "u");

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.version === undefined) && (missing0 = "version")) || ((data.statutoryBases === undefined) && (missing0 = "statutoryBases"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "statutoryBases")) || (key0 === "outreach"))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.version !== undefined){
const _errs2 = errors;
if(1 !== data.version){
validate69.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.statutoryBases !== undefined){
let data1 = data.statutoryBases;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((data2.id === undefined) && (missing1 = "id")) || ((data2.description === undefined) && (missing1 = "description"))) || ((data2.citation === undefined) && (missing1 = "citation"))) || ((data2.source === undefined) && (missing1 = "source"))) || ((data2.categories === undefined) && (missing1 = "categories"))) || ((data2.recipient === undefined) && (missing1 = "recipient"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0,schemaPath:"#/properties/statutoryBases/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!(((((((key1 === "id") || (key1 === "description")) || (key1 === "citation")) || (key1 === "source")) || (key1 === "categories")) || (key1 === "recipient")) || (key1 === "condition"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0,schemaPath:"#/properties/statutoryBases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.id !== undefined){
let data3 = data2.id;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern53.test(data3)){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/id",schemaPath:"#/properties/statutoryBases/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/id",schemaPath:"#/properties/statutoryBases/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
const _errs10 = errors;
if(typeof data2.description !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/description",schemaPath:"#/properties/statutoryBases/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.citation !== undefined){
let data5 = data2.citation;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func2(data5) < 3){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/citation",schemaPath:"#/properties/statutoryBases/items/properties/citation/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/citation",schemaPath:"#/properties/statutoryBases/items/properties/citation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.source !== undefined){
let data6 = data2.source;
const _errs14 = errors;
if(typeof data6 !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/source",schemaPath:"common.schema.json#/$defs/FactSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data6 === "abh") || (data6 === "jobcenter")) || (data6 === "sozialamt")) || (data6 === "ebb"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/source",schemaPath:"common.schema.json#/$defs/FactSource/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.categories !== undefined){
let data7 = data2.categories;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
if(data7.length < 1){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/categories",schemaPath:"#/properties/statutoryBases/items/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs19 = errors;
if(typeof data8 !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/categories/" + i1,schemaPath:"common.schema.json#/$defs/Category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data8 === "stammdaten") || (data8 === "aufenthalt")) || (data8 === "leistungen")) || (data8 === "arbeit")) || (data8 === "bildung_sprache")) || (data8 === "straf")) || (data8 === "einbuergerung"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/categories/" + i1,schemaPath:"common.schema.json#/$defs/Category/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/categories",schemaPath:"#/properties/statutoryBases/items/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.recipient !== undefined){
let data9 = data2.recipient;
const _errs22 = errors;
if(errors === _errs22){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((data9.role === undefined) && (missing2 = "role")) || ((data9.authority === undefined) && (missing2 = "authority"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient",schemaPath:"#/properties/statutoryBases/items/properties/recipient/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key2 in data9){
if(!((key2 === "role") || (key2 === "authority"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient",schemaPath:"#/properties/statutoryBases/items/properties/recipient/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data9.role !== undefined){
let data10 = data9.role;
const _errs25 = errors;
if(typeof data10 !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient/role",schemaPath:"#/properties/statutoryBases/items/properties/recipient/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data10 === "abh_b3") || (data10 === "ebb_b3"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient/role",schemaPath:"#/properties/statutoryBases/items/properties/recipient/properties/role/enum",keyword:"enum",params:{allowedValues: schema166.properties.statutoryBases.items.properties.recipient.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.authority !== undefined){
let data11 = data9.authority;
const _errs27 = errors;
if(typeof data11 !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient/authority",schemaPath:"#/properties/statutoryBases/items/properties/recipient/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data11 === "responsible_abh") || (data11 === "responsible_ebb"))){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient/authority",schemaPath:"#/properties/statutoryBases/items/properties/recipient/properties/authority/enum",keyword:"enum",params:{allowedValues: schema166.properties.statutoryBases.items.properties.recipient.properties.authority.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/recipient",schemaPath:"#/properties/statutoryBases/items/properties/recipient/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.condition !== undefined){
let data12 = data2.condition;
const _errs29 = errors;
if(typeof data12 !== "string"){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/condition",schemaPath:"#/properties/statutoryBases/items/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data12 === "pending_naturalisation")){
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0+"/condition",schemaPath:"#/properties/statutoryBases/items/properties/condition/enum",keyword:"enum",params:{allowedValues: schema166.properties.statutoryBases.items.properties.condition.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases/" + i0,schemaPath:"#/properties/statutoryBases/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/statutoryBases",schemaPath:"#/properties/statutoryBases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outreach !== undefined){
let data13 = data.outreach;
const _errs31 = errors;
if(errors === _errs31){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if((data13.enabled === undefined) && (missing3 = "enabled")){
validate69.errors = [{instancePath:instancePath+"/outreach",schemaPath:"#/properties/outreach/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key3 in data13){
if(!(((key3 === "enabled") || (key3 === "statutoryBasis")) || (key3 === "consentPurpose"))){
validate69.errors = [{instancePath:instancePath+"/outreach",schemaPath:"#/properties/outreach/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data13.enabled !== undefined){
const _errs34 = errors;
if(typeof data13.enabled !== "boolean"){
validate69.errors = [{instancePath:instancePath+"/outreach/enabled",schemaPath:"#/properties/outreach/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.statutoryBasis !== undefined){
let data15 = data13.statutoryBasis;
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if(((data15.citation === undefined) && (missing4 = "citation")) || ((data15.description === undefined) && (missing4 = "description"))){
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis",schemaPath:"#/properties/outreach/properties/statutoryBasis/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key4 in data15){
if(!((key4 === "citation") || (key4 === "description"))){
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis",schemaPath:"#/properties/outreach/properties/statutoryBasis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data15.citation !== undefined){
let data16 = data15.citation;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data16 === "string"){
if(func2(data16) < 3){
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis/citation",schemaPath:"#/properties/outreach/properties/statutoryBasis/properties/citation/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis/citation",schemaPath:"#/properties/outreach/properties/statutoryBasis/properties/citation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.description !== undefined){
const _errs41 = errors;
if(typeof data15.description !== "string"){
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis/description",schemaPath:"#/properties/outreach/properties/statutoryBasis/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/outreach/statutoryBasis",schemaPath:"#/properties/outreach/properties/statutoryBasis/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data13.consentPurpose !== undefined){
let data18 = data13.consentPurpose;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data18 === "string"){
if(func2(data18) < 1){
validate69.errors = [{instancePath:instancePath+"/outreach/consentPurpose",schemaPath:"#/properties/outreach/properties/consentPurpose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/outreach/consentPurpose",schemaPath:"#/properties/outreach/properties/consentPurpose/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/outreach",schemaPath:"#/properties/outreach/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tenant = validate70;
const schema169 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.kim-hub.org/v1/tenant.schema.json","title":"Tenant","description":"A tenant (Kreis or kreisfreie Stadt): its municipalities, which ABH and EBB is responsible for which AGS, and its users with their roles.","type":"object","additionalProperties":false,"required":["tenant","name","municipalities","authorities","users"],"properties":{"tenant":{"type":"string","pattern":"^[0-9]{2,8}$","description":"Key of the Kreis or kreisfreie Stadt (AGS prefix)."},"name":{"type":"string"},"municipalities":{"type":"object","propertyNames":{"pattern":"^[0-9]{8}$"},"additionalProperties":{"type":"string"}},"authorities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","name","responsibleFor"],"properties":{"id":{"type":"string"},"kind":{"type":"string","enum":["abh","ebb","jobcenter","sozialamt"]},"name":{"type":"string"},"responsibleFor":{"type":"array","items":{"$ref":"common.schema.json#/$defs/Ags"}}},"title":"Authority"}},"users":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","role"],"properties":{"id":{"type":"string"},"role":{"$ref":"common.schema.json#/$defs/Role"},"name":{"type":"string"},"authority":{"type":"string"}},"title":"TenantUser"}}}};
const pattern54 = new RegExp("^[0-9]{2,8}$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.kim-hub.org/v1/tenant.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.tenant === undefined) && (missing0 = "tenant")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.municipalities === undefined) && (missing0 = "municipalities"))) || ((data.authorities === undefined) && (missing0 = "authorities"))) || ((data.users === undefined) && (missing0 = "users"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "tenant") || (key0 === "name")) || (key0 === "municipalities")) || (key0 === "authorities")) || (key0 === "users"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tenant !== undefined){
let data0 = data.tenant;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern54.test(data0)){
validate70.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate70.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.municipalities !== undefined){
let data2 = data.municipalities;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern16.test(key1)){
const err0 = {instancePath:instancePath+"/municipalities",schemaPath:"#/properties/municipalities/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[0-9]{8}$"},message:"must match pattern \""+"^[0-9]{8}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
const err1 = {instancePath:instancePath+"/municipalities",schemaPath:"#/properties/municipalities/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate70.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data2){
const _errs10 = errors;
if(typeof data2[key2] !== "string"){
validate70.errors = [{instancePath:instancePath+"/municipalities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/municipalities/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/municipalities",schemaPath:"#/properties/municipalities/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorities !== undefined){
let data4 = data.authorities;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((((data5.id === undefined) && (missing1 = "id")) || ((data5.kind === undefined) && (missing1 = "kind"))) || ((data5.name === undefined) && (missing1 = "name"))) || ((data5.responsibleFor === undefined) && (missing1 = "responsibleFor"))){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0,schemaPath:"#/properties/authorities/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key3 in data5){
if(!((((key3 === "id") || (key3 === "kind")) || (key3 === "name")) || (key3 === "responsibleFor"))){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0,schemaPath:"#/properties/authorities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data5.id !== undefined){
const _errs17 = errors;
if(typeof data5.id !== "string"){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/id",schemaPath:"#/properties/authorities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.kind !== undefined){
let data7 = data5.kind;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/kind",schemaPath:"#/properties/authorities/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data7 === "abh") || (data7 === "ebb")) || (data7 === "jobcenter")) || (data7 === "sozialamt"))){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/kind",schemaPath:"#/properties/authorities/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema169.properties.authorities.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.name !== undefined){
const _errs21 = errors;
if(typeof data5.name !== "string"){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/name",schemaPath:"#/properties/authorities/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.responsibleFor !== undefined){
let data9 = data5.responsibleFor;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data9)){
var valid5 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data10 === "string"){
if(!pattern16.test(data10)){
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/responsibleFor/" + i1,schemaPath:"common.schema.json#/$defs/Ags/pattern",keyword:"pattern",params:{pattern: "^[0-9]{8}$"},message:"must match pattern \""+"^[0-9]{8}$"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/responsibleFor/" + i1,schemaPath:"common.schema.json#/$defs/Ags/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0+"/responsibleFor",schemaPath:"#/properties/authorities/items/properties/responsibleFor/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/authorities/" + i0,schemaPath:"#/properties/authorities/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/authorities",schemaPath:"#/properties/authorities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data11 = data.users;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data11)){
var valid7 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing2;
if(((data12.id === undefined) && (missing2 = "id")) || ((data12.role === undefined) && (missing2 = "role"))){
validate70.errors = [{instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs32 = errors;
for(const key4 in data12){
if(!((((key4 === "id") || (key4 === "role")) || (key4 === "name")) || (key4 === "authority"))){
validate70.errors = [{instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data12.id !== undefined){
const _errs33 = errors;
if(typeof data12.id !== "string"){
validate70.errors = [{instancePath:instancePath+"/users/" + i2+"/id",schemaPath:"#/properties/users/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs33 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.role !== undefined){
let data14 = data12.role;
const _errs35 = errors;
if(typeof data14 !== "string"){
validate70.errors = [{instancePath:instancePath+"/users/" + i2+"/role",schemaPath:"common.schema.json#/$defs/Role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "case_manager") || (data14 === "abh_b3")) || (data14 === "ebb_b3")) || (data14 === "coordinator")) || (data14 === "it_admin"))){
validate70.errors = [{instancePath:instancePath+"/users/" + i2+"/role",schemaPath:"common.schema.json#/$defs/Role/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.name !== undefined){
const _errs38 = errors;
if(typeof data12.name !== "string"){
validate70.errors = [{instancePath:instancePath+"/users/" + i2+"/name",schemaPath:"#/properties/users/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.authority !== undefined){
const _errs40 = errors;
if(typeof data12.authority !== "string"){
validate70.errors = [{instancePath:instancePath+"/users/" + i2+"/authority",schemaPath:"#/properties/users/items/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs30 === errors;
if(!valid7){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Each schema file's validator (ajv, allErrors off), by file name. */
export const validators = {
  "api.schema.json": api,
  "common.schema.json": common,
  "consent.schema.json": consent,
  "dry-run-output.schema.json": dryRunOutput,
  "fact.schema.json": fact,
  "jobs.schema.json": jobs,
  "kim-person.schema.json": kimPerson,
  "person-identity.schema.json": personIdentity,
  "person-record.schema.json": personRecord,
  "policy.schema.json": policy,
  "tenant.schema.json": tenant,
};
