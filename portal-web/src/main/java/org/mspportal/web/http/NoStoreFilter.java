package org.mspportal.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages may hold personal data, so no browser or proxy may keep a copy of any page. Static resources
 * (styles, scripts, images) hold none and stay cacheable.
 */
@WebFilter(filterName = "noStore", urlPatterns = "/*")
public class NoStoreFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store, max-age=0");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && (path.startsWith(RESOURCE_PREFIX) || path.startsWith("/resources/"));
    }
}
