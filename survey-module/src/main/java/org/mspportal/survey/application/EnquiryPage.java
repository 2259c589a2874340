package org.mspportal.survey.application;

import java.util.List;

/** One page of the enquiry list. Pages are numbered from 1. */
public record EnquiryPage(List<EnquirySummary> items, long total, int page, int pageSize) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }

    public long getFirstShown() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long getLastShown() {
        return (long) (page - 1) * pageSize + items.size();
    }
}
