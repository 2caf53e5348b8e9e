export * from './events/envelope';
export * from './events/catalog';
export * from './events/requisition.events';
export * from './events/resume.events';
export * as requisitionV1 from './gen/hr/requisition/v1/requisition_service';
export * as resumeV1 from './gen/hr/resume/v1/resume_service';
export * as commonV1 from './gen/hr/common/v1/common';
